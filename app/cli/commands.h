#pragma once
// One function per command; each gets the full argument list (program, command, options...).
#include <QStringList>

namespace alam::cli {

int runStats(const QStringList& arguments);
int runImport(const QStringList& arguments);
int runExport(const QStringList& arguments);
int runTrain(const QStringList& arguments);
int runTag(const QStringList& arguments);
int runEval(const QStringList& arguments);
int runSimulate(const QStringList& arguments);
int runLearn(const QStringList& arguments);
int runPropagate(const QStringList& arguments);

}  // namespace alam::cli
