#include "tscatalogue.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace alam::tstest {

QString TsMessage::describe() const
{
    QString text = context + u" «"_s + source + u'»';
    if (!comment.isEmpty())
        text += u" ("_s + comment + u')';
    return text;
}

bool TsMessage::finished() const
{
    if (!type.isEmpty() || forms.isEmpty())
        return false;
    for (const QString& form : forms) {
        if (form.trimmed().isEmpty())
            return false;
    }
    return true;
}

const TsMessage* TsCatalogue::find(const TsMessage& like) const
{
    const auto it = m_index.constFind(like.key());
    return it == m_index.cend() ? nullptr : &messages.at(*it);
}

namespace {

void readTranslation(QXmlStreamReader& xml, TsMessage& message)
{
    message.type = xml.attributes().value(u"type"_s).toString();
    if (!message.numerus) {
        message.forms = {xml.readElementText(QXmlStreamReader::IncludeChildElements)};
        return;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() == u"numerusform")
            message.forms.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        else
            xml.skipCurrentElement();
    }
}

TsMessage readMessage(QXmlStreamReader& xml, const QString& context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source")
            message.source = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xml.name() == u"comment")
            message.comment = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xml.name() == u"translation")
            readTranslation(xml, message);
        else
            xml.skipCurrentElement();
    }
    return message;
}

}  // namespace

TsCatalogue readTs(const QString& path)
{
    TsCatalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = path + u": "_s + file.errorString();
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    if (xml.readNextStartElement() && xml.name() == u"TS") {
        catalogue.language = xml.attributes().value(u"language"_s).toString();
        while (xml.readNextStartElement()) {
            if (xml.name() != u"context") {
                xml.skipCurrentElement();
                continue;
            }
            QString context;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"name")
                    context = xml.readElementText();
                else if (xml.name() == u"message")
                    catalogue.messages.append(readMessage(xml, context));
                else
                    xml.skipCurrentElement();
            }
        }
    } else if (!xml.hasError()) {
        xml.raiseError(u"not a Qt Linguist file (no <TS> element)"_s);
    }
    if (xml.hasError()) {
        catalogue.error = u"%1, line %2: %3"_s.arg(
            path, QString::number(xml.lineNumber()), xml.errorString());
        return catalogue;
    }
    for (qsizetype i = 0; i < catalogue.messages.size(); ++i)
        catalogue.m_index.insert(catalogue.messages.at(i).key(), i);
    return catalogue;
}

QSet<QString> placeholdersOf(const QString& text)
{
    static const QRegularExpression placeholder(u"%L?(\\d{1,2}|n)"_s);
    QSet<QString> found;
    for (const QRegularExpressionMatch& match : placeholder.globalMatch(text))
        found.insert(match.captured(1));
    return found;
}

int acceleratorsIn(const QString& text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;  // a literal ampersand
            continue;
        }
        if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

}  // namespace alam::tstest
