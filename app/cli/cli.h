#pragma once
// `alam <command>`: the headless commands on the same core as the window.
#include <QStringList>

namespace alam::cli {

// Exit codes, so scripts can tell what happened.
enum ExitCode : int {
    Ok = 0,
    PartialFailure = 1,  // the command ran, but some inputs were bad (each one reported)
    UsageError = 2,      // unknown command or option, missing argument
    DatabaseError = 3,   // the database could not be opened or written
    IoError = 4,         // an input or output file could not be read or written
    Cancelled = 5,
};

// True when the arguments name a command (or --help/--version), i.e. no window is wanted.
bool wantsCommandLine(const QStringList& arguments);

// Runs the command named in arguments (arguments[0] is the program). Messages go to stderr,
// results to stdout.
int run(const QStringList& arguments);

}  // namespace alam::cli
