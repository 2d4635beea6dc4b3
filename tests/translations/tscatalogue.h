// A Qt Linguist .ts file read with QXmlStreamReader, for the translation tests.
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace alam::tstest {

struct TsMessage {
    QString context;
    QString source;
    QString comment;  // lupdate's disambiguation; part of the key
    bool numerus = false;
    QString type;  // "", "unfinished", "vanished" or "obsolete"
    QStringList forms;  // one form, or one per numerus form

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString describe() const;
    bool finished() const;
};

struct TsCatalogue {
    QString language;
    QList<TsMessage> messages;
    QString error;  // empty when the file was read whole

    const TsMessage* find(const TsMessage& like) const;

private:
    friend TsCatalogue readTs(const QString& path);
    QHash<QString, qsizetype> m_index;
};

TsCatalogue readTs(const QString& path);

// %1..%99 and %n (with or without L), as QString::arg and tr() replace them.
QSet<QString> placeholdersOf(const QString& text);

// The number of keyboard accelerators ("&File"); "&&" is a literal ampersand.
int acceleratorsIn(const QString& text);

}  // namespace alam::tstest
