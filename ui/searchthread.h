#pragma once
// Corpus search off the ui thread: one thread of its own that keeps one connection open for
// as long as the window lives, so SQLite's page cache (the FTS index, the texts) stays warm
// from one search to the next, as it does for the ui's own connection. A search asked for
// while a newer one is waiting is skipped; results arrive on the ui thread in order.
#include "review/corpussearch.h"
#include "store/database.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>

namespace alam {

class SearchThread final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchThread)
public:
    using Search = std::function<Result<SearchResults>(Database& db)>;
    using Done = std::function<void(quint64 generation, const Result<SearchResults>& results)>;

    explicit SearchThread(ConnectionOptions options, QObject* parent = nullptr);
    ~SearchThread() override;  // waits for a search that is running

    // Runs `search` on the thread; `done` is called on this object's thread unless a newer
    // search (a higher generation) was asked for meanwhile, in which case it may not run.
    void run(quint64 generation, Search search, Done done);

private:
    struct Worker;
    ConnectionOptions m_options;
    QThread m_thread;
    QObject* m_context;  // lives on m_thread; owns nothing but its place in the event queue
    std::shared_ptr<Worker> m_worker;
    std::atomic<quint64> m_latest{0};
};

}  // namespace alam
