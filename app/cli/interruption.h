#pragma once
// Ctrl+C (SIGINT) and SIGTERM during a long command. While a guard lives, the first signal
// only asks the command to stop: it finishes the file it is on, keeps what is committed and
// exits with code 5 (cancelled). A second signal ends the process at once, as usual.
#include <QtGlobal>

namespace alam::cli {

class InterruptGuard final {
    Q_DISABLE_COPY_MOVE(InterruptGuard)
public:
    InterruptGuard();   // installs the handlers
    ~InterruptGuard();  // puts the previous ones back

    static bool requested();  // a signal has come since the guard was made
};

}  // namespace alam::cli
