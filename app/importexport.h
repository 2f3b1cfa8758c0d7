#pragma once

#include <QStringList>

namespace baton {

// `baton import leads|activities FILE.csv …` and `baton export leads|activities|events FILE.csv …`.
// `arguments` are those after the sub-command's name. Exit codes as in commands.h:
// 0 success, 1 the work failed, 2 bad input (nothing was written).
int runImport(const QStringList &arguments);
int runExport(const QStringList &arguments);

} // namespace baton
