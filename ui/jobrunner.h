#pragma once
// Long work (import, tagging, training, export, indexing) off the ui thread: each job opens
// its own Database on the window's ConnectionOptions (a Database belongs to the thread that
// opened it), reports progress through JobControl and stops when asked. One job runs at a
// time; others wait in line.
#include "result.h"
#include "store/database.h"

#include <QFutureWatcher>
#include <QObject>
#include <QQueue>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

class QTimer;

namespace alam {

class JobControl final {
public:
    // From the job's thread: `done` of `total`, `current` the item at hand. False: cancelled.
    bool report(int done, int total, const QString& current = {});
    bool cancelled() const { return m_cancel.load(); }
    void cancel() { m_cancel = true; }

    struct Snapshot {
        int done = 0;
        int total = 0;
        QString current;
    };
    Snapshot snapshot() const;

private:
    std::atomic<bool> m_cancel{false};
    mutable std::mutex m_mutex;
    Snapshot m_state;
};

// What a job tells the analyst when it ends.
using JobWork = std::function<Result<QString>(Database& db, JobControl& control)>;

class JobRunner final : public QObject {
    Q_OBJECT
public:
    explicit JobRunner(ConnectionOptions options, QObject* parent = nullptr);
    ~JobRunner() override;  // cancels and waits for the running job

    bool isBusy() const { return m_running != nullptr; }
    QString currentTitle() const { return m_title; }
    void start(const QString& title, JobWork work);
    void cancel();
    void waitForIdle();  // for tests and shutdown

signals:
    void started(const QString& title);
    void progressed(int done, int total, const QString& current);
    void finished(const QString& title, bool ok, const QString& message);
    void idle();

private:
    struct Pending {
        QString title;
        JobWork work;
    };
    void startNext();
    void poll();

    ConnectionOptions m_options;
    QQueue<Pending> m_queue;
    std::shared_ptr<JobControl> m_running;
    QString m_title;
    QFutureWatcher<Result<QString>> m_watcher;
    QTimer* m_poll;
};

}  // namespace alam
