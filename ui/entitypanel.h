#pragma once
// The entity panel: the document's mentions in text order or grouped by entity, linked to
// the article view (selecting a row selects the annotation, and back).
#include <QWidget>

class QCheckBox;
class QComboBox;
class QMenu;
class QTreeView;

namespace alam {

class DocumentReview;
class EntityPanelModel;
struct ReviewChange;

class EntityPanel final : public QWidget {
    Q_OBJECT
public:
    explicit EntityPanel(QWidget* parent = nullptr);

    EntityPanelModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    void setReview(const DocumentReview* review);
    void applyChange(const ReviewChange& change);
    void setCurrent(qint64 annotationId);
    void setGrouped(bool grouped);
    bool isGrouped() const;
    void setShowLatin(bool show);
    bool showsLatin() const;
    void setContextMenu(QMenu* menu) { m_menu = menu; }
    // The narrowest the Mention column gets (the panel keeps at least that much room).
    int textColumnMinimum() const;

signals:
    void annotationSelected(qint64 annotationId);
    void groupingChanged(bool grouped);
    void showLatinChanged(bool show);  // from the panel's checkbox or setShowLatin()

private:
    void selectionChanged();
    void updateMinimumWidth();

    EntityPanelModel* m_model;
    QTreeView* m_view;
    QComboBox* m_grouping;
    QCheckBox* m_latin;
    QMenu* m_menu = nullptr;
    bool m_selecting = false;
    int m_fixedColumnsWidth = 0;
    int m_minimumTextWidth = 0;
};

}  // namespace alam
