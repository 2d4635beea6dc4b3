#include "conlltags.h"

namespace alam {

using Prefix = ConllTag::Prefix;

std::optional<ConllTag> ConllTags::parse(QStringView label, QString* problem)
{
    if (label == u"O")
        return ConllTag{};
    const auto dash = label.indexOf(u'-');
    if (dash != 1) {
        *problem = tr("«%1» is not a label; expected O or a prefix B-, I-, E- or S- and a type "
                      "(e.g. B-PERS)").arg(label);
        return std::nullopt;
    }
    ConllTag tag;
    switch (label.front().unicode()) {
    case u'B': tag.prefix = Prefix::Begin; break;
    case u'I': tag.prefix = Prefix::Inside; break;
    case u'E':
    case u'L': tag.prefix = Prefix::End; break;
    case u'S':
    case u'U': tag.prefix = Prefix::Single; break;
    default:
        *problem = tr("the label «%1» has the unknown prefix «%2»; expected B-, I-, E- or S-")
                       .arg(label, label.first(1));
        return std::nullopt;
    }
    tag.type = label.sliced(2).toString();
    if (tag.type.isEmpty()) {
        *problem = tr("the label «%1» has no type after its prefix").arg(label);
        return std::nullopt;
    }
    return tag;
}

QList<TokenSpan> ConllTags::decode(const QList<ConllTag>& tags)
{
    QList<TokenSpan> spans;
    TokenSpan open;
    bool isOpen = false;
    const auto close = [&] {
        if (isOpen)
            spans.append(open);
        isOpen = false;
    };
    const auto start = [&](int i, const QString& type) {
        open = TokenSpan{i, i + 1, type};
        isOpen = true;
    };
    for (int i = 0; i < tags.size(); ++i) {
        const ConllTag& tag = tags[i];
        const bool continues = isOpen && open.type == tag.type;
        switch (tag.prefix) {
        case Prefix::Outside:
            close();
            break;
        case Prefix::Begin:
            close();
            start(i, tag.type);
            break;
        case Prefix::Inside:
            if (continues) {
                open.endToken = i + 1;
            } else {
                close();
                start(i, tag.type);
            }
            break;
        case Prefix::End:
            if (continues) {
                open.endToken = i + 1;
            } else {
                close();
                start(i, tag.type);
            }
            close();
            break;
        case Prefix::Single:
            close();
            start(i, tag.type);
            close();
            break;
        }
    }
    close();
    return spans;
}

QStringList ConllTags::encode(int tokenCount, const QList<TokenSpan>& spans, TagScheme scheme)
{
    QStringList labels(tokenCount, QStringLiteral("O"));
    for (const TokenSpan& span : spans) {
        const int length = span.endToken - span.firstToken;
        if (length <= 0 || span.firstToken < 0 || span.endToken > tokenCount)
            continue;
        for (int i = span.firstToken; i < span.endToken; ++i) {
            QChar prefix = u'I';
            if (scheme == TagScheme::Iob2) {
                if (i == span.firstToken)
                    prefix = u'B';
            } else if (length == 1) {
                prefix = u'S';
            } else if (i == span.firstToken) {
                prefix = u'B';
            } else if (i + 1 == span.endToken) {
                prefix = u'E';
            }
            labels[i] = prefix + QStringLiteral("-") + span.type;
        }
    }
    return labels;
}

}  // namespace alam
