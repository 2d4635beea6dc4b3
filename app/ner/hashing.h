#pragma once
// Stable 64-bit hashes for feature keys and word types: the same on every run and machine
// (qHash is seeded per process, so it cannot name features in a saved model).
#include <QStringView>
#include <QtGlobal>

namespace alam::ner {

constexpr quint64 mix64(quint64 x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

inline quint64 hashText(QStringView text, quint64 seed = 0)
{
    quint64 h = 0xcbf29ce484222325ULL ^ mix64(seed + 0x9e3779b97f4a7c15ULL);
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return mix64(h ^ quint64(text.size()));
}

inline quint64 combine(quint64 a, quint64 b) { return mix64(a * 0x9e3779b97f4a7c15ULL + b); }

// A splitmix64 generator: deterministic shuffling without relying on std::shuffle, whose
// algorithm differs between standard libraries.
class SplitMix final {
public:
    explicit SplitMix(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        return mix64(m_state);
    }
    quint64 below(quint64 bound) { return bound ? next() % bound : 0; }

private:
    quint64 m_state;
};

}  // namespace alam::ner
