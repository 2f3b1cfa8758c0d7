#pragma once

#include <QStringList>

namespace baton {

// The sub-commands of `baton` (ARCHITECTURE.md "Command line"). Each takes its
// arguments after the sub-command's name and returns the process exit code:
// 0 on success, 1 when the work failed (an expectation, a check), 2 on bad input.
bool isCommand(const QString &name);
int runCommand(const QString &name, const QStringList &arguments);

} // namespace baton
