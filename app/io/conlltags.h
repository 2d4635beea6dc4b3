#pragma once
// Token labels of CoNLL files: parsing one label, turning a label sequence into spans (IOB1,
// IOB2, BIOES and BILOU all decode with the same rules), and spans back into labels.
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace alam {

enum class TagScheme { Iob2, Bioes };

struct TokenSpan {
    int firstToken = 0;
    int endToken = 0;  // exclusive
    QString type;
};

struct ConllTag {
    enum class Prefix { Outside, Begin, Inside, End, Single };
    Prefix prefix = Prefix::Outside;
    QString type;
};

class ConllTags final {
    Q_DECLARE_TR_FUNCTIONS(alam::ConllTags)
public:
    // "O", "B-PERS", "I-LOC", "E-ORG", "S-MISC" (and BILOU's "L-", "U-"). On failure returns
    // nullopt and sets *problem to a sentence saying what is wrong with the label.
    static std::optional<ConllTag> parse(QStringView label, QString* problem);

    // Spans of a sentence's labels. I- after O or after another type opens a span (IOB1);
    // B- always opens one; E-/L- closes; S-/U- is a span of one token.
    static QList<TokenSpan> decode(const QList<ConllTag>& tags);

    // Labels for tokenCount tokens; spans must not overlap and must be in token order.
    static QStringList encode(int tokenCount, const QList<TokenSpan>& spans, TagScheme scheme);
};

}  // namespace alam
