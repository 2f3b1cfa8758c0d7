#pragma once

#include "domain/result.h"
#include "domain/time.h"

#include <QString>
#include <QTimeZone>

#include <utility>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace baton {

class PipelineService;

// The weekly stand-up report (PRODUCT.md "Stand-up mode", agenda items 1, 5 and 6) for
// ISO week `isoWeek` of `isoYear`, in the system's time zone, as the log stands now:
//   page 1  the week against the week before (leads, MQLs, hand-offs, accepted,
//           rejected, SQLs, wins, revenue), the KPIs against their targets, and both
//           sides of this month's hand-off contract;
//   page 2  the main charts (weekly trend, funnel, revenue by source, stage aging);
//   page 3  the rejection feedback: by reason, by campaign, and the comments.
// Readable in black and white: changes carry arrows and words, verdicts a mark and
// a word, bars hatches and lines dashes. A path ending in .pdf gets a PDF (QPdfWriter,
// A4 landscape); .png gets the pages one under the other in one image. Needs a
// QApplication (fonts, Qt Charts), not a display: the offscreen platform will do.
Status writeWeeklyReport(PipelineService &pipeline, int isoYear, int isoWeek, const QString &path);

// The last complete ISO week before `now`: what a Monday stand-up reviews.
std::pair<int, int> previousIsoWeek(Timestamp now, const QTimeZone &zone = QTimeZone::systemTimeZone());
// Parses "2026-W47"; nullopt when it is not an ISO week that exists.
std::optional<std::pair<int, int>> parseIsoWeek(const QString &text);

// File → Export weekly report…: asks for the week (last week by default) and the file,
// writes it and says how it went. Connect a menu action to a lambda calling it.
void exportWeeklyReportInteractively(PipelineService &pipeline, QWidget *parent);

} // namespace baton
