#pragma once

#include <QString>
#include <QTextStream>

class QCommandLineParser;

namespace baton {

// What every sub-command shares: exit codes, the console streams, the error
// line, and where the database is when --db is not given.
enum ExitCode { Ok = 0, Failed = 1, BadInput = 2 };

QTextStream &out();
QTextStream &err();
// Prints "baton: message" on stderr and returns `code`.
int fail(const QString &message, int code = BadInput);
// The user's database in the data folder (the folder is created).
QString defaultDatabase();
// --db if given, else defaultDatabase().
QString databaseLocation(const QCommandLineParser &parser);

} // namespace baton
