#include "conllreader.h"

#include "conllspacing.h"
#include "conlltags.h"
#include "titles.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace alam {
namespace {

struct ConllToken {
    QStringView text;  // as written, with any clitic marker
    ConllTag tag;
};

// Builds documents sentence by sentence.
class DocumentBuilder {
public:
    explicit DocumentBuilder(QString displayName) : m_displayName(std::move(displayName)) {}

    void addSentence(const QList<ConllToken>& tokens)
    {
        if (tokens.isEmpty())
            return;
        if (m_sentences > 0)
            m_text += u'\n';
        QList<int> starts, ends;
        bool firstOfLine = true;
        for (const ConllToken& token : tokens) {
            if (m_joiner.spaceBefore(token.text, firstOfLine))
                m_text += u' ';
            firstOfLine = false;
            starts.append(int(m_text.size()));
            m_text += ConllSpacing::withoutMarker(token.text);
            ends.append(int(m_text.size()));
        }
        QList<ConllTag> tags;
        tags.reserve(tokens.size());
        for (const ConllToken& token : tokens)
            tags.append(token.tag);
        for (const TokenSpan& span : ConllTags::decode(tags)) {
            Annotation annotation;
            annotation.start = starts[span.firstToken];
            annotation.end = ends[span.endToken - 1];
            annotation.label = span.type;
            annotation.status = AnnotationStatus::Accepted;
            annotation.source = AnnotationSource::Import;
            m_annotations.append(annotation);
        }
        ++m_sentences;
    }

    int sentences() const { return m_sentences; }

    void finishDocument(QList<AnnotatedDocument>& out)
    {
        if (m_sentences == 0)
            return;
        AnnotatedDocument document;
        document.document.text = std::move(m_text);
        document.document.title = titleFromText(document.document.text, m_displayName);
        document.annotations = std::move(m_annotations);
        out.append(std::move(document));
        m_text.clear();
        m_annotations.clear();
        m_sentences = 0;
        m_joiner = {};
    }

private:
    QString m_displayName;
    ConllSpacing::Joiner m_joiner;  // quotes pair within a document
    QString m_text;
    QList<Annotation> m_annotations;
    int m_sentences = 0;
};

// Tab-separated when the line holds a tab (a token may then hold spaces: «New York»),
// otherwise separated by spaces.
QList<QStringView> fieldsOf(QStringView line)
{
    QList<QStringView> fields;
    if (line.contains(u'\t')) {
        for (QStringView field : line.tokenize(u'\t')) {
            field = field.trimmed();
            if (!field.isEmpty())
                fields.append(field);
        }
        return fields;
    }
    qsizetype start = -1;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        const bool separator = i == line.size() || line[i] == u' ';
        if (separator && start >= 0) {
            fields.append(line.sliced(start, i - start));
            start = -1;
        } else if (!separator && start < 0) {
            start = i;
        }
    }
    return fields;
}

bool isDocStart(QStringView firstField)
{
    return firstField == u"-DOCSTART-";
}

bool hasDocStart(QStringView text)
{
    for (QStringView line : text.tokenize(u'\n')) {
        line = line.trimmed();
        if (line.startsWith(u"-DOCSTART-") && isDocStart(fieldsOf(line).front()))
            return true;
    }
    return false;
}

}  // namespace

Result<QList<AnnotatedDocument>> ConllReader::read(QStringView text, const QString& sourceName,
                                                   const ConllReadOptions& options)
{
    const QString displayName = QFileInfo(sourceName).fileName();
    const bool byDocStart = hasDocStart(text);
    const int perDocument = byDocStart ? 0 : std::max(0, options.sentencesPerDocument);

    QList<AnnotatedDocument> documents;
    DocumentBuilder builder(displayName);
    QList<ConllToken> sentence;
    const auto endSentence = [&] {
        builder.addSentence(sentence);
        sentence.clear();
        if (perDocument > 0 && builder.sentences() >= perDocument)
            builder.finishDocument(documents);
    };

    int lineNumber = 0;
    for (QStringView line : text.tokenize(u'\n')) {
        ++lineNumber;
        const QList<QStringView> fields = fieldsOf(line);
        if (fields.isEmpty()) {
            endSentence();
            continue;
        }
        if (isDocStart(fields.front())) {
            endSentence();
            builder.finishDocument(documents);
            continue;
        }
        if (fields.size() < 2)
            return Error{tr("%1, line %2: the token «%3» has no label.")
                             .arg(displayName, QString::number(lineNumber), fields.front())};
        QString problem;
        const std::optional<ConllTag> tag = ConllTags::parse(fields.back(), &problem);
        if (!tag)
            return Error{tr("%1, line %2: %3.")
                             .arg(displayName, QString::number(lineNumber), problem)};
        sentence.append(ConllToken{fields.front(), *tag});
    }
    endSentence();
    builder.finishDocument(documents);
    if (documents.isEmpty())
        return Error{tr("%1 holds no tokens.").arg(displayName)};
    return documents;
}

}  // namespace alam
