#include "ner/features.h"

#include "ner/hashing.h"
#include "text/clitics.h"
#include "text/matchingform.h"

using namespace Qt::Literals::StringLiterals;

namespace alam::ner {

namespace {

enum Template : quint64 {
    Bias = 1, Word, Form, Stem, BareStem, Proclitic, Article, Prefix, Suffix = Prefix + 8,
    StemPrefix = Suffix + 8, Shape = StemPrefix + 8, Length, CharTrigram, Known, StemKnown, GazetteerWord,
    DictionaryClass, Bigram, KnownTriple, StemBigram, LeftPair, GazetteerBegin, GazetteerInside, GazetteerEnd, GazetteerStart,
};

quint64 seedOf(quint64 kind, int offset) { return (kind << 4) | quint64(offset + windowRadius); }
quint64 textKey(quint64 kind, int offset, QStringView value) { return hashText(value, seedOf(kind, offset)); }
quint64 valueKey(quint64 kind, int offset, quint64 value)
{
    return combine(mix64(seedOf(kind, offset) + 0x5bd1e995ULL), value);
}

// Arabic letters a, Latin X/x, digits d, punctuation p, anything else o; runs collapsed.
QString shapeOf(QStringView token)
{
    QString shape;
    for (QChar c : token) {
        QChar s = u'o';
        const char16_t u = c.unicode();
        if ((u >= 0x0621 && u <= 0x064A) || (u >= 0x066E && u <= 0x06D3) || u == 0x0640
            || (u >= 0x064B && u <= 0x065F))
            s = u'a';
        else if (c.isDigit())
            s = u'd';
        else if (c.isLetter())
            s = c.isUpper() ? u'X' : u'x';
        else if (c.isPunct())
            s = u'p';
        if (shape.isEmpty() || shape.back() != s)
            shape += s;
    }
    return shape.left(6);
}

int lengthBucket(qsizetype length)
{
    return length <= 4 ? int(length) : length <= 6 ? 5 : length <= 9 ? 6 : 7;
}

}  // namespace

FeatureExtractor::FeatureExtractor(std::shared_ptr<const Lexicon> lexicon)
    : m_lexicon(std::move(lexicon))
    , m_before(padding(u"<s>"))
    , m_after(padding(u"</s>"))
{
}

WordFeatures FeatureExtractor::padding(QStringView marker) const
{
    WordFeatures w;
    w.form = hashText(marker);
    for (int d = -windowRadius; d <= windowRadius; ++d)
        if (d != 0)
            w.keys[d + windowRadius] = {textKey(Form, d, marker)};
    return w;
}

const CliticReading* FeatureExtractor::preferredReading(QStringView token, const QList<CliticReading>& readings) const
{
    const Dictionary& dictionary = *m_lexicon->dictionary;
    const auto known = [&](const CliticReading& r) {
        // The stem as written; an article elided after ل gets its alef back (للحكومة → الحكومة).
        const QString written = token.mid(r.stemStart).toString();
        const bool elided = r.hasArticle && !written.startsWith(u'ا') && !written.startsWith(u'أ')
                            && !written.startsWith(u'إ') && !written.startsWith(u'آ');
        return dictionary.isKnown(elided ? u'ا' + written : written);
    };
    // Most stripped first: a stem that begins a gazetteer entry, then one with the article that
    // the dictionary knows, then any stem of three letters or more that it knows.
    for (qsizetype r = readings.size() - 1; r > 0; --r)
        if (!readings[r].proclitics.isEmpty() && m_lexicon->gazetteer.classesStartingWith(hashText(readings[r].stem)))
            return &readings[r];
    for (qsizetype r = readings.size() - 1; r > 0; --r)
        if (!readings[r].proclitics.isEmpty() && readings[r].hasArticle && (dictionary.isNone() || known(readings[r])))
            return &readings[r];
    for (qsizetype r = readings.size() - 1; r > 0; --r)
        if (!readings[r].proclitics.isEmpty() && readings[r].stem.size() >= 3 && known(readings[r]))
            return &readings[r];
    return readings.isEmpty() ? nullptr : &readings.first();
}

WordFeatures FeatureExtractor::word(QStringView token) const
{
    WordFeatures w;
    const QString form = MatchingForm::normalise(token);
    const QList<CliticReading> readings = Clitics::analyse(token, 0, int(token.size()));
    const Dictionary& dictionary = *m_lexicon->dictionary;
    w.form = hashText(form);
    w.known = dictionary.isKnown(token);
    w.gazetteer = GazetteerKeys::of(form, readings);
    w.gazetteerClasses = m_lexicon->gazetteer.classesOfWord(w.gazetteer);

    for (const CliticReading& reading : readings)
        if (reading.proclitics.startsWith(u'و'))
            w.edges |= AfterAnd;

    // The longest reading (most proclitics stripped) gives the bare stem.
    QString bare = form;
    bool stemKnown = w.known;
    QList<quint64>& own = w.keys[windowRadius];
    own = {textKey(Word, 0, token), textKey(Form, 0, form)};
    for (const CliticReading& reading : readings)
        if (!reading.proclitics.isEmpty())
            own.append(textKey(Stem, 0, reading.stem));
    if (const CliticReading* chosen = preferredReading(token, readings)) {
        bare = chosen->bareStem;
        if (!chosen->proclitics.isEmpty())
            stemKnown = dictionary.isKnown(token.mid(chosen->stemStart));
    }
    own.append(textKey(BareStem, 0, bare));
    w.stem = hashText(bare);
    own.append(valueKey(Bias, 0, 0));
    for (const CliticReading& reading : readings)
        if (!reading.proclitics.isEmpty())
            own.append(textKey(Proclitic, 0, MatchingForm::normalise(reading.proclitics)));
    if (const CliticReading* chosen = preferredReading(token, readings))
        own.append(valueKey(Article, 0, chosen->hasArticle));
    for (int n = 1; n <= 4 && n < form.size(); ++n) {
        own.append(textKey(Prefix + n, 0, QStringView(form).left(n)));
        own.append(textKey(Suffix + n, 0, QStringView(form).right(n)));
    }
    if (bare != form)
        for (int n = 1; n <= 3 && n < bare.size(); ++n)
            own.append(textKey(StemPrefix + n, 0, QStringView(bare).left(n)));
    // Letter trigrams of the bare stem tell transliterated foreign names from Arabic words.
    const QString padded = u'^' + bare + u'$';
    for (qsizetype k = 0; k + 3 <= padded.size(); ++k)
        own.append(textKey(CharTrigram, 0, QStringView(padded).mid(k, 3)));
    const QString shape = shapeOf(token);
    own.append(textKey(Shape, 0, shape));
    own.append(valueKey(Length, 0, lengthBucket(form.size())));
    own.append(valueKey(Known, 0, w.known));
    // The kind of dictionary entry the bare stem is (a name list, a noun kind, a verb, none).
    const QList<quint32> entryClasses = dictionary.entryClasses(bare);
    for (quint32 entryClass : entryClasses)
        own.append(valueKey(DictionaryClass, 0, entryClass));
    if (entryClasses.isEmpty())
        own.append(valueKey(DictionaryClass, 0, 0));
    own.append(valueKey(StemKnown, 0, stemKnown));
    const QStringList& classes = m_lexicon->gazetteer.classes();
    for (int c = 0; c < classes.size(); ++c)
        if (w.gazetteerClasses & (1u << c))
            own.append(textKey(GazetteerWord, 0, classes.at(c)));

    for (int d = -windowRadius; d <= windowRadius; ++d) {
        if (d == 0)
            continue;
        QList<quint64>& keys = w.keys[d + windowRadius];
        keys = {textKey(Form, d, form), valueKey(Known, d, w.known)};
        // Two words away still tells a title or head (الرئيس الأمريكي جورج) and its kind.
        keys.append(textKey(BareStem, d, bare));
        for (int c = 0; c < classes.size(); ++c)
            if (w.gazetteerClasses & (1u << c))
                keys.append(textKey(GazetteerWord, d, classes.at(c)));
        if (d == -1 || d == 1) {
            keys.append(textKey(Prefix + 2, d, QStringView(form).left(2)));
            keys.append(textKey(Suffix + 3, d, QStringView(form).right(3)));
            keys.append(valueKey(StemKnown, d, stemKnown));
            keys.append(textKey(BareStem, d, bare));
            for (quint32 entryClass : entryClasses)
                keys.append(valueKey(DictionaryClass, d, entryClass));
            keys.append(textKey(Shape, d, shape));
            keys.append(textKey(Suffix + 2, d, QStringView(form).right(2)));
        }
    }
    return w;
}

const WordFeatures& FeatureExtractor::wordAt(const WordFeatures* const* words, int count, int index) const
{
    if (index < 0)
        return m_before;
    if (index >= count)
        return m_after;
    return *words[index];
}

// Tried and left out (mean CV over 3 seeds, 80.11 without): how many words back an organisation
// head is, up to 6 with no punctuation between, for long names beyond the window: 79.96; a و
// proclitic joined with the known flags of the token and its neighbours, for coordinated names
// read as one (عنان وصبري): 80.13 / 79.79 on the first two seeds; the stems of the two words to
// the right as a pair, like LeftPair (الرئيس الأمريكي): 79.98 against 80.06 at the default seed;
// prefixes and suffixes of five letters as well (in word()): 80.04. With the و edge weights (80.45
// at the default seed): the list classes of the previous word paired with this word's (جريدة
// القدس: a head, then a place): 80.19.
ContextFeatures FeatureExtractor::context(const WordFeatures* const* words, int count,
                                          QList<GazetteerMatch>* matches) const
{
    const Gazetteer& gazetteer = m_lexicon->gazetteer;
    QList<GazetteerKeys> gazetteerKeys(count);
    for (int i = 0; i < count; ++i)
        gazetteerKeys[i] = words[i]->gazetteer;
    // Per token: classes whose match begins, continues, ends (last token) there.
    QList<quint32> begins(count + 4), insides(count + 4), ends(count + 4);
    const QList<GazetteerMatch> found = gazetteer.match(gazetteerKeys.constData(), count);
    if (matches)
        *matches = found;
    for (const GazetteerMatch& m : found) {
        begins[m.firstToken] |= 1u << m.classId;
        for (int t = m.firstToken + 1; t < m.lastToken; ++t)
            insides[t] |= 1u << m.classId;
        ends[m.lastToken - 1] |= 1u << m.classId;
    }
    const QStringList& classes = gazetteer.classes();
    quint64 classNames[Gazetteer::maxClasses] = {};
    for (int c = 0; c < classes.size(); ++c)
        classNames[c] = hashText(classes.at(c));
    const auto maskAt = [count](const QList<quint32>& masks, int i) {
        return i >= 0 && i < count ? masks[i] : 0u;
    };
    ContextFeatures out;
    out.begin.reserve(count + 1);
    out.keys.reserve(count * 8);
    for (int i = 0; i < count; ++i) {
        out.begin.append(int(out.keys.size()));
        const WordFeatures& previous = wordAt(words, count, i - 1);
        const WordFeatures& next = wordAt(words, count, i + 1);
        out.keys.append(valueKey(Bigram, -1, combine(previous.form, words[i]->form)));
        out.keys.append(valueKey(Bigram, 1, combine(words[i]->form, next.form)));
        // Stems pair across clitics (وقال الرئيس / قال الرئيس); the two words to the left
        // together are a trigger phrase (رئيس الوزراء, الناطق باسم).
        out.keys.append(valueKey(StemBigram, -1, combine(previous.stem, words[i]->stem)));
        out.keys.append(valueKey(StemBigram, 1, combine(words[i]->stem, next.stem)));
        out.keys.append(valueKey(LeftPair, -1, combine(wordAt(words, count, i - 2).stem, previous.stem)));
        const quint64 triple = (i > 0 ? previous.known : 2) * 9 + words[i]->known * 3
                               + (i + 1 < count ? next.known : 2);
        out.keys.append(valueKey(KnownTriple, 0, triple));
        // Only the classes present around this token (most tokens have none).
        const quint32 near = maskAt(begins, i - 1) | maskAt(begins, i) | maskAt(begins, i + 1) | maskAt(insides, i - 1)
                             | maskAt(insides, i) | maskAt(insides, i + 1) | maskAt(ends, i - 2) | maskAt(ends, i - 1);
        for (int c = 0; near && c < classes.size(); ++c) {
            const quint32 bit = 1u << c;
            if (!(near & bit))
                continue;
            const quint64 name = classNames[c];
            for (int d = -1; d <= 1; ++d) {
                if (maskAt(begins, i + d) & bit)
                    out.keys.append(valueKey(GazetteerBegin, d, name));
                if (maskAt(insides, i + d) & bit)
                    out.keys.append(valueKey(GazetteerInside, d, name));
            }
            for (int d = -2; d <= -1; ++d)
                if (maskAt(ends, i + d) & bit)
                    out.keys.append(valueKey(GazetteerEnd, d, name));
            if (maskAt(begins, i + 1) & bit)
                out.keys.append(valueKey(GazetteerStart, 1, name));
        }
    }
    out.begin.append(int(out.keys.size()));
    return out;
}

QList<QList<quint64>> FeatureExtractor::sentence(const QStringList& tokens) const
{
    QList<WordFeatures> words;
    words.reserve(tokens.size());
    for (const QString& token : tokens)
        words.append(word(token));
    QList<const WordFeatures*> pointers;
    for (const WordFeatures& w : words)
        pointers.append(&w);
    return allKeys(pointers.constData(), int(pointers.size()));
}

QList<QList<quint64>> FeatureExtractor::allKeys(const WordFeatures* const* words, int count) const
{
    const ContextFeatures context = this->context(words, count);
    QList<QList<quint64>> out(count);
    for (int i = 0; i < count; ++i) {
        for (int d = -windowRadius; d <= windowRadius; ++d)
            out[i] += wordAt(words, count, i + d).keys[d + windowRadius];
        for (int k = context.begin[i]; k < context.begin[i + 1]; ++k)
            out[i].append(context.keys[k]);
    }
    return out;
}

}  // namespace alam::ner
