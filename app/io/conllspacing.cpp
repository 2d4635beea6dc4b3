#include "conllspacing.h"

#include <utility>

namespace alam::ConllSpacing {
namespace {

bool isSingleOf(QStringView token, QStringView characters)
{
    return token.size() == 1 && characters.contains(token.front());
}

}  // namespace

bool canCarryMarker(QStringView piece)
{
    bool letter = false;
    for (QChar c : piece) {
        if (c.isLetter() && c.script() == QChar::Script_Arabic)
            letter = true;
        else if (!c.isMark() && c != QChar(0x0640))  // diacritics and tatweel stay in words
            return false;
    }
    return letter;
}

bool noSpaceBefore(QStringView token)
{
    return isSingleOf(token, u".,،؛:;؟?!)»”");
}

bool noSpaceAfter(QStringView token)
{
    return isSingleOf(token, u"(«“");
}

bool attachesToNext(QStringView token)
{
    return token.size() > 1 && token.back() == u'+' && canCarryMarker(token.chopped(1));
}

bool attachesToPrevious(QStringView token)
{
    return token.size() > 1 && token.front() == u'+' && canCarryMarker(token.sliced(1));
}

QStringView withoutMarker(QStringView token)
{
    if (attachesToNext(token))
        return token.chopped(1);
    if (attachesToPrevious(token))
        return token.sliced(1);
    return token;
}

bool Joiner::spaceBefore(QStringView token, bool firstOfLine)
{
    bool opens = noSpaceAfter(token);
    bool closes = noSpaceBefore(token);
    for (auto [quote, open] : {std::pair{u'"', &m_doubleQuoteOpen}, std::pair{u'\'', &m_singleQuoteOpen}}) {
        if (token.size() == 1 && token.front() == quote) {
            closes = *open;
            opens = !*open;
            *open = !*open;
        }
    }
    const bool tatweelPrefix = !m_previous.isEmpty() && m_previous.back() == QChar(0x0640);
    const bool space = !firstOfLine && !m_previous.isNull() && !closes && !m_previousOpens
                       && !attachesToNext(m_previous) && !attachesToPrevious(token)
                       && !(tatweelPrefix && opens);
    m_previous = token;
    m_previousOpens = opens;
    return space;
}

}  // namespace alam::ConllSpacing
