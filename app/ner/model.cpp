#include "ner/model.h"

#include "ner/hashing.h"

#include <QFile>
#include <QSaveFile>
#include <QtEndian>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace alam::ner {

namespace {

constexpr char magic[8] = {'A', 'L', 'A', 'M', 'N', 'E', 'R', '\0'};

class Writer final {
public:
    template <typename T> void put(T value)
    {
        const T le = qToLittleEndian(value);
        m_bytes.append(reinterpret_cast<const char*>(&le), sizeof le);
    }
    void putFloat(float value)
    {
        quint32 bits;
        std::memcpy(&bits, &value, sizeof bits);
        put(bits);
    }
    void putString(const QString& text)
    {
        const QByteArray utf8 = text.toUtf8();
        put(quint32(utf8.size()));
        m_bytes.append(utf8);
    }
    void putRaw(const char* data, qsizetype size) { m_bytes.append(data, size); }
    QByteArray& bytes() { return m_bytes; }

private:
    QByteArray m_bytes;
};

class Reader final {
public:
    explicit Reader(const QByteArray& bytes) : m_bytes(bytes) {}
    bool failed() const { return m_failed; }
    bool has(qsizetype size)
    {
        if (size < 0 || m_bytes.size() - m_position < size)
            m_failed = true;
        return !m_failed;
    }
    template <typename T> T get()
    {
        if (!has(sizeof(T)))
            return T{};
        T value = qFromLittleEndian<T>(m_bytes.constData() + m_position);
        m_position += sizeof(T);
        return value;
    }
    float getFloat()
    {
        const quint32 bits = get<quint32>();
        float value;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    }
    QString getString()
    {
        const quint32 size = get<quint32>();
        if (!has(size))
            return {};
        const QString text = QString::fromUtf8(m_bytes.constData() + m_position, size);
        m_position += size;
        return text;
    }
    const char* take(qsizetype size)
    {
        if (!has(size))
            return nullptr;
        const char* data = m_bytes.constData() + m_position;
        m_position += size;
        return data;
    }

private:
    const QByteArray& m_bytes;
    qsizetype m_position = 0;
    bool m_failed = false;
};

}  // namespace

Model::Model(LabelSet labels, TagScheme scheme)
    : m_labels(std::move(labels))
    , m_states(scheme, int(m_labels.types().size()))
    , m_tagCount(m_states.count())
    , m_transitions((1 + edgeKinds) * (m_tagCount + 1) * m_tagCount, 0.0f)
{
}

const float* Model::weights(quint64 key) const
{
    const int row = m_index.find(key);
    return row < 0 ? nullptr : m_weights.constData() + qsizetype(row) * m_tagCount;
}

float* Model::weightsForUpdate(quint64 key)
{
    const auto [row, added] = m_index.insert(key);
    if (added)
        m_weights.resize(m_weights.size() + m_tagCount, 0.0f);
    return m_weights.data() + qsizetype(row) * m_tagCount;
}

void Model::setTransitions(const std::vector<float>& weights)
{
    Q_ASSERT(qsizetype(weights.size()) == m_transitions.size());
    std::copy_n(weights.cbegin(), std::min(qsizetype(weights.size()), m_transitions.size()), m_transitions.begin());
}

void Model::setNames(QList<quint64> names)
{
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    m_names = std::move(names);
}

bool Model::isName(quint64 formHash) const
{
    return std::binary_search(m_names.cbegin(), m_names.cend(), formHash);
}

void Model::prune(float threshold)
{
    QList<quint64> keys;
    QList<float> weights;
    for (qsizetype row = 0; row < m_index.size(); ++row) {
        const float* w = m_weights.constData() + row * m_tagCount;
        if (std::any_of(w, w + m_tagCount, [threshold](float v) { return std::fabs(v) >= threshold; })) {
            keys.append(m_index.keys()[row]);
            weights.append(QList<float>(w, w + m_tagCount));
        }
    }
    m_index = KeyIndex(std::move(keys));
    m_weights = std::move(weights);
}

QByteArray Model::toBytes() const
{
    Writer out;
    out.putRaw(magic, sizeof magic);
    out.put(formatVersion);
    out.put(featureVersion);
    out.put(gazetteerFingerprint);
    out.putString(description);
    out.putFloat(confidenceScale);
    out.put(quint32(m_labels.types().size()));
    for (const QString& type : m_labels.types())
        out.putString(type);
    out.put(quint8(m_states.scheme()));
    for (float t : m_transitions)
        out.putFloat(t);
    // Rows sorted by key so the same weights always give the same bytes.
    const QList<quint64>& keys = m_index.keys();
    QList<int> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&keys](int a, int b) { return keys[a] < keys[b]; });
    float largest = 0;
    for (float w : m_weights)
        largest = std::max(largest, std::fabs(w));
    const float scale = largest > 0 ? largest / 32767.0f : 1.0f;
    out.putFloat(scale);
    out.put(quint64(keys.size()));
    for (int row : order)
        out.put(keys[row]);
    for (int row : order)
        for (int t = 0; t < m_tagCount; ++t)
            out.put(qint16(std::lround(m_weights[qsizetype(row) * m_tagCount + t] / scale)));
    out.put(quint64(m_names.size()));
    for (quint64 name : m_names)
        out.put(name);
    const QByteArray first = firstPass ? firstPass->toBytes() : QByteArray();
    out.put(quint64(first.size()));
    out.putRaw(first.constData(), first.size());
    return std::move(out.bytes());
}

Result<Model> Model::fromBytes(const QByteArray& bytes, const QString& name)
{
    Reader in(bytes);
    const char* header = in.take(sizeof magic);
    if (!header || std::memcmp(header, magic, sizeof magic) != 0)
        return Error{tr("%1 is not an Alam tagger model.").arg(name)};
    const quint32 version = in.get<quint32>();
    // Format 2 is format 3 without the scheme byte, and format 3 is format 4 without edge
    // weights: their models (learned ones beside a database, say) still load.
    if (version > formatVersion || version < 2)
        return Error{tr("%1 is a tagger model of format %2; this version reads format %3.")
                         .arg(name).arg(version).arg(formatVersion)};
    const quint32 features = in.get<quint32>();
    const quint64 fingerprint = in.get<quint64>();
    const QString description = in.getString();
    const float confidence = in.getFloat();
    const quint32 typeCount = in.get<quint32>();
    if (typeCount > 1000)
        return Error{tr("%1 is truncated or damaged.").arg(name)};
    QStringList types;
    for (quint32 i = 0; i < typeCount && !in.failed(); ++i)
        types.append(in.getString());
    const quint8 scheme = version >= 3 ? in.get<quint8>() : quint8(TagScheme::Iob2);
    if (in.failed() || scheme > quint8(TagScheme::Bioes))
        return Error{tr("%1 is truncated or damaged.").arg(name)};
    Model model{LabelSet(types), TagScheme(scheme)};
    model.featureVersion = features;
    model.gazetteerFingerprint = fingerprint;
    model.description = description;
    model.confidenceScale = confidence;
    const qsizetype stored = version >= 4 ? model.m_transitions.size() : (model.m_tagCount + 1) * model.m_tagCount;
    for (qsizetype i = 0; i < stored; ++i)
        model.m_transitions[i] = in.getFloat();
    const float scale = in.getFloat();
    const quint64 count = in.get<quint64>();
    const qsizetype tags = model.m_tagCount;
    if (in.failed() || !in.has(qsizetype(count) * qsizetype(8 + 2 * tags)))
        return Error{tr("%1 is truncated or damaged.").arg(name)};
    QList<quint64> keys(static_cast<qsizetype>(count));
    qFromLittleEndian<quint64>(in.take(qsizetype(count) * 8), qsizetype(count), keys.data());
    model.m_index = KeyIndex(std::move(keys));
    QList<qint16> quantised(qsizetype(count) * tags);
    qFromLittleEndian<qint16>(in.take(quantised.size() * 2), quantised.size(), quantised.data());
    model.m_weights.resize(quantised.size());
    for (qsizetype i = 0; i < quantised.size(); ++i)
        model.m_weights[i] = float(quantised[i]) * scale;
    const quint64 nameCount = in.get<quint64>();
    if (in.failed() || !in.has(qsizetype(nameCount) * 8))
        return Error{tr("%1 is truncated or damaged.").arg(name)};
    model.m_names.resize(qsizetype(nameCount));
    qFromLittleEndian<quint64>(in.take(qsizetype(nameCount) * 8), qsizetype(nameCount), model.m_names.data());
    const quint64 firstSize = in.get<quint64>();
    if (in.failed() || !in.has(qsizetype(firstSize)))
        return Error{tr("%1 is truncated or damaged.").arg(name)};
    if (firstSize > 0) {
        const QByteArray firstBytes(in.take(qsizetype(firstSize)), qsizetype(firstSize));
        auto first = fromBytes(firstBytes, name);
        if (!first)
            return Error{first.error()};
        model.firstPass = std::make_shared<Model>(std::move(first).value());
    }
    return model;
}

Status Model::save(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toBytes()) < 0 || !file.commit())
        return Error{tr("Cannot write the model %1: %2").arg(path, file.errorString())};
    return {};
}

Result<Model> Model::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the model %1: %2").arg(path, file.errorString())};
    return fromBytes(file.readAll(), path);
}

}  // namespace alam::ner
