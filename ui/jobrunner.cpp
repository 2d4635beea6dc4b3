#include "jobrunner.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace alam {

bool JobControl::report(int done, int total, const QString& current)
{
    {
        std::lock_guard lock(m_mutex);
        m_state.done = done;
        m_state.total = total;
        if (!current.isNull())
            m_state.current = current;
    }
    return !cancelled();
}

JobControl::Snapshot JobControl::snapshot() const
{
    std::lock_guard lock(m_mutex);
    return m_state;
}

JobRunner::JobRunner(ConnectionOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_poll(new QTimer(this))
{
    // Progress is read ten times a second, so a fast job never floods the ui thread.
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &JobRunner::poll);
    connect(&m_watcher, &QFutureWatcher<Result<QString>>::finished, this, [this] {
        m_poll->stop();
        poll();
        const Result<QString> outcome = m_watcher.result();
        const QString title = m_title;
        m_running.reset();
        m_title.clear();
        emit finished(title, outcome.ok(), outcome.ok() ? outcome.value() : outcome.error());
        startNext();
    });
}

JobRunner::~JobRunner()
{
    m_queue.clear();
    if (m_running)
        m_running->cancel();
    m_watcher.waitForFinished();
}

void JobRunner::start(const QString& title, JobWork work)
{
    m_queue.enqueue({title, std::move(work)});
    if (!m_running)
        startNext();
}

void JobRunner::cancel()
{
    m_queue.clear();
    if (m_running)
        m_running->cancel();
}

void JobRunner::waitForIdle()
{
    while (m_running || !m_queue.isEmpty()) {
        m_watcher.waitForFinished();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}

void JobRunner::startNext()
{
    if (m_queue.isEmpty()) {
        emit idle();
        return;
    }
    Pending next = m_queue.dequeue();
    m_running = std::make_shared<JobControl>();
    m_title = next.title;
    emit started(m_title);
    const ConnectionOptions options = m_options;
    std::shared_ptr<JobControl> control = m_running;
    JobWork work = std::move(next.work);
    m_watcher.setFuture(QtConcurrent::run([options, control, work]() -> Result<QString> {
        Result<std::unique_ptr<Database>> db = Database::open(options);
        if (!db)
            return Error{db.error()};
        return work(**db, *control);
    }));
    m_poll->start();
}

void JobRunner::poll()
{
    if (!m_running)
        return;
    const JobControl::Snapshot state = m_running->snapshot();
    emit progressed(state.done, state.total, state.current);
}

}  // namespace alam
