#pragma once
// The corpus's entities for "Link to entity": those of one label whose name or an alias holds
// what the analyst typed (in the matching form, so أ/إ/ا, ة/ه and diacritics do not matter),
// the most mentioned first. Any entity of the corpus, not only those of the open document.
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace alam {

class Database;

struct EntityChoice {
    qint64 id = 0;
    QString name;
    QString label;
    int mentions = 0;  // standing (not rejected) mentions across the corpus
};

class EntityDirectory final {
    Q_DECLARE_TR_FUNCTIONS(alam::EntityDirectory)
public:
    explicit EntityDirectory(Database& db) : m_db(db) {}

    // `query` empty: every entity of the label (up to `limit`).
    Result<QList<EntityChoice>> withLabel(const QString& label, const QString& query,
                                          int limit = 200);

private:
    Database& m_db;
};

}  // namespace alam
