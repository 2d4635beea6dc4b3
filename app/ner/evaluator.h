#pragma once
// Chunk evaluation identical to conlleval.pl (CoNLL-2000): a chunk is correct when gold and
// guess start and end it at the same tokens with the same type; chunk starts and ends follow
// conlleval's rules exactly, including an I- after O (or after another type) starting a chunk.
// Sentence breaks count as O, as conlleval's boundary lines do. conlleval has no notion of
// -DOCSTART-: such a line (`-DOCSTART- O` in gold and output) is a token that both tag O, so it
// counts in the tokens and the accuracy.
#include "ner/corpus.h"
#include "result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace alam::ner {

struct ChunkCounts {
    int correct = 0;  // chunks found by both with the same bounds and type
    int guessed = 0;  // chunks in the guess
    int gold = 0;     // chunks in the gold labels
    double precision() const { return guessed ? 100.0 * correct / guessed : 0.0; }
    double recall() const { return gold ? 100.0 * correct / gold : 0.0; }
    double f1() const
    {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};

struct Evaluation {
    int tokens = 0;
    int correctTags = 0;
    ChunkCounts overall;
    QMap<QString, ChunkCounts> byType;  // every type seen in gold or guess, sorted
    double accuracy() const { return tokens ? 100.0 * correctTags / tokens : 0.0; }
    // The same text conlleval.pl prints.
    QString report() const;
};

class Evaluator final {
    Q_DECLARE_TR_FUNCTIONS(alam::ner::Evaluator)
public:
    void addToken(const QString& goldLabel, const QString& guessedLabel);
    void addBoundary();  // a sentence break (conlleval's empty line)
    void addDocumentStart();  // a -DOCSTART- line: to conlleval, a token tagged O by both
    // Adds the sentence's tokens, then a boundary.
    void addSentence(const QStringList& goldLabels, const QStringList& guessedLabels);
    Evaluation result() const;

    // Gold and guessed corpora must hold the same sentences and tokens.
    static Result<Evaluation> evaluate(const QList<TaggedSentence>& gold,
                                       const QList<TaggedSentence>& guessed);
    // As conlleval.pl scores the gold file's lines pasted beside the guess's: line for line by
    // the gold file's layout (its blank and -DOCSTART- lines as they are).
    static Result<Evaluation> evaluate(const QList<TaggedSentence>& gold, const QList<TaggedSentence>& guessed,
                                       const QList<ConllLine>& goldLayout);

private:
    void step(const QString& gold, const QString& guessed, bool boundary);

    Evaluation m_counts;
    bool m_inCorrect = false;
    QString m_lastGold = QStringLiteral("O");
    QString m_lastGuessed = QStringLiteral("O");
    QString m_lastGoldType;
    QString m_lastGuessedType;
};

}  // namespace alam::ner
