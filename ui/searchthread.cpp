#include "searchthread.h"

namespace alam {

// Touched only on the search thread.
struct SearchThread::Worker {
    std::unique_ptr<Database> db;
};

SearchThread::SearchThread(ConnectionOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_context(new QObject)
    , m_worker(std::make_shared<Worker>())
{
    m_thread.setObjectName(QStringLiteral("alam-search"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

SearchThread::~SearchThread()
{
    // The connection is closed on the thread that opened it.
    std::shared_ptr<Worker> worker = m_worker;
    QMetaObject::invokeMethod(m_context, [worker] { worker->db.reset(); },
                              Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

void SearchThread::run(quint64 generation, Search search, Done done)
{
    m_latest = generation;
    std::shared_ptr<Worker> worker = m_worker;
    const ConnectionOptions options = m_options;
    QMetaObject::invokeMethod(m_context, [this, worker, options, generation, search, done] {
        Result<SearchResults> results = Error{QString()};
        if (generation < m_latest.load()) {
            results = Error{QString()};  // a newer search waits behind this one: not run
        } else {
            if (!worker->db) {
                Result<std::unique_ptr<Database>> opened = Database::open(options);
                if (opened)
                    worker->db = std::move(*opened);
                else
                    results = Error{opened.error()};
            }
            if (worker->db)
                results = search(*worker->db);
        }
        QMetaObject::invokeMethod(this, [generation, results, done] { done(generation, results); },
                                  Qt::QueuedConnection);
    });
}

}  // namespace alam
