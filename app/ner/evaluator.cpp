#include "ner/evaluator.h"

using namespace Qt::Literals::StringLiterals;

namespace alam::ner {

namespace {

// conlleval: /^([^-]*)-(.*)$/ gives tag and type (the type may hold hyphens); no hyphen: the
// whole label is the tag and the type is "".
std::pair<QString, QString> splitLabel(const QString& label)
{
    const qsizetype hyphen = label.indexOf(u'-');
    if (hyphen < 0)
        return {label, QString()};
    return {label.left(hyphen), label.mid(hyphen + 1)};
}

// conlleval's endOfChunk: the previous token ended a chunk.
bool endOfChunk(const QString& prevTag, const QString& tag, const QString& prevType, const QString& type)
{
    bool end = false;
    if (prevTag == u"B" && tag == u"B") end = true;
    if (prevTag == u"B" && tag == u"O") end = true;
    if (prevTag == u"I" && tag == u"B") end = true;
    if (prevTag == u"I" && tag == u"O") end = true;
    if (prevTag == u"E" && tag == u"E") end = true;
    if (prevTag == u"E" && tag == u"I") end = true;
    if (prevTag == u"E" && tag == u"O") end = true;
    if (prevTag != u"O" && prevTag != u"." && prevType != type) end = true;
    if (prevTag == u"]" || prevTag == u"[") end = true;
    return end;
}

// conlleval's startOfChunk: this token starts a chunk.
bool startOfChunk(const QString& prevTag, const QString& tag, const QString& prevType, const QString& type)
{
    bool start = false;
    if (prevTag == u"B" && tag == u"B") start = true;
    if (prevTag == u"I" && tag == u"B") start = true;
    if (prevTag == u"O" && tag == u"B") start = true;
    if (prevTag == u"O" && tag == u"I") start = true;
    if (prevTag == u"E" && tag == u"E") start = true;
    if (prevTag == u"E" && tag == u"I") start = true;
    if (prevTag == u"O" && tag == u"E") start = true;
    if (tag != u"O" && tag != u"." && prevType != type) start = true;
    if (tag == u"[" || tag == u"]") start = true;
    return start;
}

}  // namespace

void Evaluator::step(const QString& goldLabel, const QString& guessedLabel, bool boundary)
{
    auto [gold, goldType] = splitLabel(goldLabel);
    auto [guessed, guessedType] = splitLabel(guessedLabel);
    if (boundary)
        guessed = u"O"_s;

    const bool goldEnds = endOfChunk(m_lastGold, gold, m_lastGoldType, goldType);
    const bool guessEnds = endOfChunk(m_lastGuessed, guessed, m_lastGuessedType, guessedType);
    if (m_inCorrect) {
        if (goldEnds && guessEnds && m_lastGuessedType == m_lastGoldType) {
            m_inCorrect = false;
            ++m_counts.overall.correct;
            ++m_counts.byType[m_lastGoldType].correct;
        } else if (goldEnds != guessEnds || guessedType != goldType) {
            m_inCorrect = false;
        }
    }
    const bool goldStarts = startOfChunk(m_lastGold, gold, m_lastGoldType, goldType);
    const bool guessStarts = startOfChunk(m_lastGuessed, guessed, m_lastGuessedType, guessedType);
    if (goldStarts && guessStarts && guessedType == goldType)
        m_inCorrect = true;
    if (goldStarts) {
        ++m_counts.overall.gold;
        ++m_counts.byType[goldType].gold;
    }
    if (guessStarts) {
        ++m_counts.overall.guessed;
        ++m_counts.byType[guessedType].guessed;
    }
    if (!boundary) {
        if (gold == guessed && guessedType == goldType)
            ++m_counts.correctTags;
        ++m_counts.tokens;
    }
    m_lastGold = gold;
    m_lastGuessed = guessed;
    m_lastGoldType = goldType;
    m_lastGuessedType = guessedType;
}

void Evaluator::addToken(const QString& goldLabel, const QString& guessedLabel)
{
    step(goldLabel, guessedLabel, false);
}

void Evaluator::addBoundary() { step(u"O"_s, u"O"_s, true); }

void Evaluator::addDocumentStart() { step(u"O"_s, u"O"_s, false); }

void Evaluator::addSentence(const QStringList& goldLabels, const QStringList& guessedLabels)
{
    for (qsizetype i = 0; i < goldLabels.size(); ++i)
        addToken(goldLabels.at(i), guessedLabels.value(i, u"O"_s));
    addBoundary();
}

Evaluation Evaluator::result() const
{
    Evaluation result = m_counts;
    if (m_inCorrect) {
        ++result.overall.correct;
        ++result.byType[m_lastGoldType].correct;
    }
    return result;
}

Result<Evaluation> Evaluator::evaluate(const QList<TaggedSentence>& gold, const QList<TaggedSentence>& guessed)
{
    if (gold.size() != guessed.size())
        return Error{tr("The gold corpus has %1 sentences but the tagged one has %2.")
                         .arg(gold.size()).arg(guessed.size())};
    Evaluator evaluator;
    for (qsizetype s = 0; s < gold.size(); ++s) {
        if (gold[s].tokens != guessed[s].tokens)
            return Error{tr("Sentence %1 differs between the gold corpus and the tagged one.").arg(s + 1)};
        evaluator.addSentence(gold[s].labels, guessed[s].labels);
    }
    return evaluator.result();
}

Result<Evaluation> Evaluator::evaluate(const QList<TaggedSentence>& gold, const QList<TaggedSentence>& guessed,
                                       const QList<ConllLine>& goldLayout)
{
    if (gold.size() != guessed.size())
        return Error{tr("The gold corpus has %1 sentences but the tagged one has %2.")
                         .arg(gold.size()).arg(guessed.size())};
    Evaluator evaluator;
    qsizetype sentence = 0, token = 0;
    for (qsizetype line = 0; line < goldLayout.size(); ++line) {
        if (goldLayout[line] == ConllLine::Blank) {
            evaluator.addBoundary();
            continue;
        }
        if (goldLayout[line] == ConllLine::DocumentStart) {
            evaluator.addDocumentStart();
            continue;
        }
        if (sentence >= gold.size() || token >= gold[sentence].tokens.size())
            return Error{tr("The gold corpus does not fit its own line layout.")};
        if (token == 0 && gold[sentence].tokens != guessed[sentence].tokens)
            return Error{tr("Sentence %1 differs between the gold corpus and the tagged one.").arg(sentence + 1)};
        evaluator.addToken(gold[sentence].labels.at(token), guessed[sentence].labels.value(token, u"O"_s));
        if (++token == gold[sentence].tokens.size()) {
            ++sentence;
            token = 0;
        }
    }
    if (sentence != gold.size())
        return Error{tr("The gold corpus does not fit its own line layout.")};
    return evaluator.result();
}

QString Evaluation::report() const
{
    const auto fixed = [](double value) { return QString::number(value, 'f', 2); };
    QString out = u"processed %1 tokens with %2 phrases; found: %3 phrases; correct: %4.\n"_s
                      .arg(tokens).arg(overall.gold).arg(overall.guessed).arg(overall.correct);
    if (tokens > 0)
        out += u"accuracy: %1%; precision: %2%; recall: %3%; FB1: %4\n"_s
                   .arg(fixed(accuracy()).rightJustified(6), fixed(overall.precision()).rightJustified(6),
                        fixed(overall.recall()).rightJustified(6), fixed(overall.f1()).rightJustified(6));
    for (auto it = byType.cbegin(); it != byType.cend(); ++it) {
        if (it->gold == 0 && it->guessed == 0)
            continue;  // conlleval lists the types of chunks found, by either side
        out += u"%1: precision: %2%; recall: %3%; FB1: %4  %5\n"_s
                   .arg(it.key().rightJustified(17), fixed(it->precision()).rightJustified(6),
                        fixed(it->recall()).rightJustified(6), fixed(it->f1()).rightJustified(6))
                   .arg(it->guessed);
    }
    return out;
}

}  // namespace alam::ner
