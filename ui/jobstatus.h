#pragma once
// The running job in the status bar: what it is, a progress bar and a cancel button.
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace alam {

class JobRunner;

class JobStatus final : public QWidget {
    Q_OBJECT
public:
    explicit JobStatus(JobRunner* runner, QWidget* parent = nullptr);

private:
    QLabel* m_title;
    QProgressBar* m_bar;
    QToolButton* m_cancel;
};

}  // namespace alam
