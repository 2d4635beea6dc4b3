#pragma once
// Feature keys (64-bit hashes) numbered 0, 1, 2 … in the order first added, found by open
// addressing. The model finds its weight rows with it on every token it tags, and training
// numbers a corpus's keys with it; both need the numbering to follow the order keys came in.
#include <QList>
#include <QtGlobal>

#include <utility>

namespace alam::ner {

class KeyIndex final {
public:
    // `keys` must be distinct; key i gets number i.
    explicit KeyIndex(QList<quint64> keys = {}) : m_keys(std::move(keys)) { rebuild(); }

    const QList<quint64>& keys() const { return m_keys; }
    qsizetype size() const { return m_keys.size(); }

    // The key's number, or −1.
    int find(quint64 key) const
    {
        const qsizetype mask = m_slots.size() - 1;
        const Slot* table = m_slots.constData();
        for (qsizetype slot = qsizetype(key & quint64(mask));; slot = (slot + 1) & mask) {
            const Slot& s = table[slot];
            if (s.row < 0 || s.key == key)
                return s.row;
        }
    }
    // Asks the processor to fetch the key's slot, so that the cache misses of several lookups
    // overlap.
    void prefetch(quint64 key) const
    {
        __builtin_prefetch(m_slots.constData() + qsizetype(key & quint64(m_slots.size() - 1)));
    }
    // The key's number, and whether it was new (then it is the last number).
    std::pair<int, bool> insert(quint64 key)
    {
        if (const int row = find(key); row >= 0)
            return {row, false};
        const int row = int(m_keys.size());
        m_keys.append(key);
        if (m_keys.size() * 2 > m_slots.size())
            rebuild();
        else
            place(key, row);
        return {row, true};
    }

private:
    void place(quint64 key, int row)
    {
        const qsizetype mask = m_slots.size() - 1;
        qsizetype slot = qsizetype(key & quint64(mask));
        while (m_slots[slot].row >= 0)
            slot = (slot + 1) & mask;
        m_slots[slot] = {key, row};
    }
    void rebuild()
    {
        qsizetype size = 16;
        while (size < m_keys.size() * 2 + 2)
            size *= 2;
        m_slots.fill(Slot{}, size);
        for (int row = 0; row < m_keys.size(); ++row)
            place(m_keys[row], row);
    }

    QList<quint64> m_keys;
    // The key sits in its slot so that a lookup that misses, the common case when tagging,
    // reads one cache line.
    struct Slot {
        quint64 key = 0;
        qint32 row = -1;  // −1 when empty
    };
    QList<Slot> m_slots;
};

}  // namespace alam::ner
