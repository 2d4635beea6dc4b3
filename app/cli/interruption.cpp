#include "interruption.h"

#include <csignal>

namespace alam::cli {
namespace {

volatile std::sig_atomic_t g_requested = 0;
struct sigaction g_previousInt, g_previousTerm;

extern "C" void onSignal(int)
{
    g_requested = 1;  // all a signal handler may safely do
}

}  // namespace

InterruptGuard::InterruptGuard()
{
    g_requested = 0;
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    // SA_RESETHAND: the handler runs once; the next signal has its default effect.
    action.sa_flags = SA_RESETHAND;
    sigaction(SIGINT, &action, &g_previousInt);
    sigaction(SIGTERM, &action, &g_previousTerm);
}

InterruptGuard::~InterruptGuard()
{
    sigaction(SIGINT, &g_previousInt, nullptr);
    sigaction(SIGTERM, &g_previousTerm, nullptr);
}

bool InterruptGuard::requested()
{
    return g_requested != 0;
}

}  // namespace alam::cli
