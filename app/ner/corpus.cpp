#include "ner/corpus.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace alam::ner {

namespace {

// The messages' translation context.
class ConllMessages final {
    Q_DECLARE_TR_FUNCTIONS(alam::ner::Conll)
};

QString typeOf(const QString& label)
{
    return label.size() > 2 && label[1] == u'-' ? label.mid(2) : QString();
}

}  // namespace

Result<ConllFile> parseConllFile(const QByteArray& utf8, const QString& name)
{
    ConllFile file;
    QList<TaggedSentence>& sentences = file.sentences;
    TaggedSentence current;
    bool nextStartsDocument = false;
    const auto flush = [&] {
        if (current.tokens.isEmpty())
            return;
        current.startsDocument = nextStartsDocument;
        nextStartsDocument = false;
        sentences.append(std::move(current));
        current = {};
    };
    const QString text = QString::fromUtf8(utf8);
    QList<QStringView> lines = QStringView(text).split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();  // what follows the final newline is no line
    int lineNumber = 0;
    int columns = -1;
    for (QStringView line : lines) {
        ++lineNumber;
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            flush();
            file.layout.append(ConllLine::Blank);
            continue;
        }
        QList<QStringView> fields;
        for (QStringView field : trimmed.split(u' ', Qt::SkipEmptyParts))
            for (QStringView part : field.split(u'\t', Qt::SkipEmptyParts))
                fields.append(part);
        if (fields.first() == u"-DOCSTART-") {
            flush();
            nextStartsDocument = true;
            file.layout.append(ConllLine::DocumentStart);
            continue;
        }
        if (columns < 0)
            columns = int(fields.size());
        if (fields.size() != columns)
            return Error{ConllMessages::tr("%1, line %2: expected %3 columns, found %4.")
                             .arg(name).arg(lineNumber).arg(columns).arg(fields.size())};
        current.tokens.append(fields.first().toString());
        current.labels.append(fields.size() > 1 ? fields.last().toString() : QString());
        file.layout.append(ConllLine::Token);
    }
    flush();
    return file;
}

Result<ConllFile> readConllFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ConllMessages::tr("Cannot read %1: %2").arg(path, file.errorString())};
    return parseConllFile(file.readAll(), path);
}

Result<QList<TaggedSentence>> parseConll(const QByteArray& utf8, const QString& name)
{
    auto file = parseConllFile(utf8, name);
    if (!file)
        return Error{file.error()};
    return std::move(file->sentences);
}

Result<QList<TaggedSentence>> readConll(const QString& path)
{
    auto file = readConllFile(path);
    if (!file)
        return Error{file.error()};
    return std::move(file->sentences);
}

QByteArray toConll(const QList<TaggedSentence>& sentences)
{
    QString out;
    for (const TaggedSentence& sentence : sentences) {
        for (qsizetype i = 0; i < sentence.tokens.size(); ++i) {
            const QString label = sentence.labels.value(i);
            out += sentence.tokens.at(i) + u' ' + (label.isEmpty() ? u"O"_s : label) + u'\n';
        }
        out += u'\n';
    }
    return out.toUtf8();
}

QByteArray toConll(const QList<TaggedSentence>& sentences, const QList<ConllLine>& layout)
{
    QString out;
    qsizetype sentence = 0, token = 0;
    for (qsizetype line = 0; line < layout.size(); ++line) {
        switch (layout[line]) {
        case ConllLine::Blank:
            out += u'\n';
            break;
        case ConllLine::DocumentStart:
            out += u"-DOCSTART- O\n"_s;
            break;
        case ConllLine::Token: {
            const TaggedSentence empty;
            const TaggedSentence& s = sentence < sentences.size() ? sentences[sentence] : empty;
            const QString label = s.labels.value(token);
            out += s.tokens.value(token) + u' ' + (label.isEmpty() ? u"O"_s : label) + u'\n';
            ++token;
            if (line + 1 == layout.size() || layout[line + 1] != ConllLine::Token) {
                ++sentence;
                token = 0;
            }
            break;
        }
        }
    }
    return out.toUtf8();
}

QList<ConllLine> layoutFrom(const QList<ConllLine>& layout, qsizetype first)
{
    qsizetype sentence = 0;
    for (qsizetype line = 0; line < layout.size(); ++line) {
        const bool starts = layout[line] == ConllLine::Token && (line == 0 || layout[line - 1] != ConllLine::Token);
        if (starts && sentence++ == first)
            return layout.mid(line);
    }
    return {};
}

Status writeConll(const QString& path, const QList<TaggedSentence>& sentences)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toConll(sentences)) < 0 || !file.commit())
        return Error{ConllMessages::tr("Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

LabelSet labelSetOf(const QList<TaggedSentence>& sentences)
{
    QStringList found;
    for (const TaggedSentence& sentence : sentences)
        for (const QString& label : sentence.labels) {
            const QString type = typeOf(label);
            if (!type.isEmpty() && !found.contains(type))
                found.append(type);
        }
    QStringList types;
    const LabelSet defaults = LabelSet::anercorp();
    for (const QString& type : defaults.types())
        if (found.removeAll(type) > 0)
            types.append(type);
    std::sort(found.begin(), found.end());
    return LabelSet(types + found);
}

QList<LabelledSpan> spansOf(const QStringList& labels)
{
    QList<LabelledSpan> spans;
    for (int i = 0; i < labels.size(); ++i) {
        const QString& label = labels.at(i);
        const QString type = typeOf(label);
        if (type.isEmpty())
            continue;
        const bool continues = label.startsWith(u'I') && !spans.isEmpty()
                               && spans.last().lastToken == i && spans.last().type == type;
        if (continues)
            spans.last().lastToken = i + 1;
        else
            spans.append({i, i + 1, type});
    }
    return spans;
}

QStringList repairIob2(const QStringList& labels)
{
    QStringList repaired = labels;
    QString previousType;
    for (QString& label : repaired) {
        const QString type = typeOf(label);
        if (label.startsWith(u"I-") && type != previousType)
            label = u"B-"_s + type;
        previousType = type;
    }
    return repaired;
}

Split splitLastPart(const QList<TaggedSentence>& sentences, int parts)
{
    const qsizetype heldOut = parts > 0 ? sentences.size() / parts : 0;
    const qsizetype cut = sentences.size() - heldOut;
    return {sentences.mid(0, cut), sentences.mid(cut)};
}

}  // namespace alam::ner
