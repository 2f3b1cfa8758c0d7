#pragma once

#include <QStringList>

namespace baton {

// `baton report --week 2026-W47 --out FILE.pdf|FILE.png [--db URL]`: writes the weekly
// stand-up report (ui/kpi/weeklyreport.h) of an ISO week, last week by default. Needs
// a QApplication (main.cpp runs it under the offscreen platform without a display).
// Exit codes as the other sub-commands: 0 written, 1 the writing failed, 2 bad input.
int runReport(const QStringList &arguments);

} // namespace baton
