#pragma once
// Output for the headless commands: results on stdout, messages and progress on stderr.
#include <QElapsedTimer>
#include <QString>

namespace alam::cli {

void printOut(const QString& text);  // stdout, adds a newline
void printErr(const QString& text);  // stderr, adds a newline

// Progress on stderr: a rewritten line on a terminal, a line every ~10 % otherwise.
class Progress final {
public:
    explicit Progress(QString what);
    ~Progress();
    void update(qint64 done, qint64 total, const QString& current = {});
    void finish();

private:
    QString m_what;
    QElapsedTimer m_clock;
    qint64 m_lastShownMs = -1000;
    int m_lastDecile = -1;
    bool m_tty = false;
    bool m_open = false;
};

}  // namespace alam::cli
