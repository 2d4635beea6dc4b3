#include "ner/dictionary.h"

#include "text/matchingform.h"

#include <QFile>
#include <QFileInfo>
#include <hunspell.hxx>

using namespace Qt::Literals::StringLiterals;

namespace alam::ner {

Dictionary::~Dictionary() = default;

QString Dictionary::defaultAffPath() { return u"/usr/share/hunspell/ar.aff"_s; }
QString Dictionary::defaultDicPath() { return u"/usr/share/hunspell/ar.dic"_s; }

Result<std::shared_ptr<Dictionary>> Dictionary::load(const QString& affPath, const QString& dicPath)
{
    for (const QString& path : {affPath, dicPath})
        if (!QFileInfo(path).isReadable())
            return Error{tr("The Arabic dictionary %1 cannot be read (install hunspell-ar).").arg(path)};
    std::shared_ptr<Dictionary> dictionary(new Dictionary);
    // Hunspell takes 8-bit paths; ar.dic and ar.aff are UTF-8 although ar.aff names no encoding.
    dictionary->m_dicPath = dicPath;
    dictionary->m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(affPath).constData(),
                                                        QFile::encodeName(dicPath).constData());
    return dictionary;
}

Result<std::shared_ptr<Dictionary>> Dictionary::loadDefault()
{
    return load(defaultAffPath(), defaultDicPath());
}

std::shared_ptr<Dictionary> Dictionary::none() { return std::shared_ptr<Dictionary>(new Dictionary); }

bool Dictionary::isKnown(QStringView word) const
{
    if (!m_hunspell || word.isEmpty())
        return false;
    std::lock_guard lock(m_mutex);
    const QString key = word.toString();
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.constEnd())
        return *cached;
    const bool known = m_hunspell->spell(key.toStdString());
    m_cache.insert(key, known);
    return known;
}

QList<quint32> Dictionary::entryClasses(const QString& stem) const
{
    if (m_dicPath.isEmpty())
        return {};
    std::call_once(m_entriesRead, [this] {
        QFile file(m_dicPath);
        if (!file.open(QIODevice::ReadOnly))
            return;
        // ar.dic is several files joined: "::::" lines frame each file's name; in names.dic,
        // "#" lines head the kinds of entries. Both become a part number (1 << 16 | n).
        quint32 part = 0;
        QHash<QString, quint32> parts;
        bool nameLine = false;
        const QString text = QString::fromUtf8(file.readAll());
        for (QStringView line : QStringView(text).split(u'\n')) {
            line = line.trimmed();
            if (line.isEmpty())
                continue;
            if (line.startsWith(u"::::")) {
                nameLine = !nameLine;
                continue;
            }
            if (nameLine || line.startsWith(u'#')) {
                const QString name = line.toString().remove(u'#').section(u'\t', 0, 0);
                part = parts.value(name, quint32(parts.size() + 1));
                parts.insert(name, part);
                continue;
            }
            const qsizetype slash = line.indexOf(u'/');
            const QString key = MatchingForm::normalise(slash < 0 ? line : line.left(slash));
            QList<quint32>& classes = m_entries[key];
            const quint32 partClass = (1u << 16) | part;
            if (!classes.contains(partClass))
                classes.append(partClass);
            if (slash >= 0) {
                const quint32 flag = line.mid(slash + 1).split(u'\t').first().toUInt();
                if (!classes.contains(flag))
                    classes.append(flag);
            }
        }
    });
    return m_entries.value(stem);
}

}  // namespace alam::ner
