#pragma once
// The annotations of the open document for the entity panel: in text order, or grouped by
// canonical entity (groups in Arabic alphabetical order; «الكاظمي» and «مصطفى الكاظمي» under
// one person), with label, status, source, confidence and optionally a Latin transliteration.
// After an action only the rows that changed are updated; a regrouping resets the model.
#include "review/collation.h"
#include "review/documentreview.h"

#include <QAbstractItemModel>
#include <QFont>

namespace alam {

class EntityPanelModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { TextColumn, LabelColumn, StatusColumn, SourceColumn, ConfidenceColumn,
                  LatinColumn, ColumnCount };
    enum Role { AnnotationIdRole = Qt::UserRole + 1, EntityIdRole, IsGroupRole };

    explicit EntityPanelModel(QObject* parent = nullptr);
    // What the status and source columns can show (to size them).
    static QStringList statusNames();
    static QStringList sourceNames();

    void setReview(const DocumentReview* review);  // nullptr: empty
    const QFont& textFont() const { return m_textFont; }
    void setGrouped(bool grouped);
    bool isGrouped() const { return m_grouped; }
    void applyChange(const ReviewChange& change);

    QModelIndex indexOfAnnotation(qint64 annotationId, int column = 0) const;
    qint64 annotationAt(const QModelIndex& index) const;  // 0 for a group row

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Group {
        qint64 entityId = 0;  // 0: mentions not linked to an entity
        QString name;
        QString label;
        QList<qint64> mentions;  // annotation ids, text order
    };
    QList<Group> buildGroups() const;
    QVariant annotationData(const Annotation& annotation, int column, int role) const;
    QVariant groupData(const Group& group, int column, int role) const;
    QString latinOf(const QString& text) const;

    const DocumentReview* m_review = nullptr;
    bool m_grouped = false;
    QList<Group> m_groups;  // grouped mode; in text order mode one group with every mention
    ArabicCollator m_collator;
    LatinTransliterator m_latin;
    mutable QHash<QString, QString> m_latinCache;
    QFont m_textFont;
};

}  // namespace alam
