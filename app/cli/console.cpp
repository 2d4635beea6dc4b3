#include "console.h"

#include <cstdio>
#include <unistd.h>

namespace alam::cli {

void printOut(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printErr(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fputc('\n', stderr);
}

Progress::Progress(QString what) : m_what(std::move(what)), m_tty(isatty(fileno(stderr)) != 0)
{
    m_clock.start();
}

Progress::~Progress() { finish(); }

void Progress::update(qint64 done, qint64 total, const QString& current)
{
    const int percent = total > 0 ? int(done * 100 / total) : 0;
    const QString line = QStringLiteral("%1: %2/%3 (%4%) %5")
                             .arg(m_what)
                             .arg(done)
                             .arg(total)
                             .arg(percent)
                             .arg(current);
    if (m_tty) {
        // Repaint at most ~10 times a second; a terminal line is cheap but not free.
        if (m_clock.elapsed() - m_lastShownMs < 100 && done != total)
            return;
        m_lastShownMs = m_clock.elapsed();
        const QByteArray bytes = (QStringLiteral("\r\x1b[K") + line.left(160)).toUtf8();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
        m_open = true;
        return;
    }
    const int decile = percent / 10;
    if (decile == m_lastDecile)
        return;
    m_lastDecile = decile;
    printErr(line);
}

void Progress::finish()
{
    if (m_tty && m_open)
        std::fputc('\n', stderr);
    m_open = false;
}

}  // namespace alam::cli
