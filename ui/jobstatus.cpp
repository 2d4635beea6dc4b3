#include "jobstatus.h"

#include "jobrunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace alam {

JobStatus::JobStatus(JobRunner* runner, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(u"jobStatus"_s);
    m_bar->setObjectName(u"jobProgress"_s);
    m_bar->setMaximumWidth(220);
    m_bar->setTextVisible(true);
    m_cancel->setObjectName(u"jobCancel"_s);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop this task (what is already done stays)"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();

    connect(m_cancel, &QToolButton::clicked, runner, &JobRunner::cancel);
    connect(runner, &JobRunner::started, this, [this](const QString& title) {
        m_title->setText(title);
        m_bar->setRange(0, 0);  // busy until the first report
        m_cancel->setEnabled(true);
        show();
    });
    connect(runner, &JobRunner::progressed, this,
            [this](int done, int total, const QString& current) {
                if (total > 0) {
                    m_bar->setRange(0, total);
                    m_bar->setValue(done);
                }
                m_bar->setToolTip(current);
            });
    connect(runner, &JobRunner::idle, this, &QWidget::hide);
    connect(m_cancel, &QToolButton::clicked, this, [this] { m_cancel->setEnabled(false); });
}

}  // namespace alam
