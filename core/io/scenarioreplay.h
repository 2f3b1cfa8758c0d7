#pragma once

#include "domain/clock.h"
#include "domain/result.h"

#include <QIODevice>
#include <QJsonObject>
#include <QStringList>

namespace baton {

class PipelineService;

// What a replay did: how far it got and which expectations did not hold.
struct ReplayReport
{
    int lines = 0;        // non-blank lines applied
    int expectations = 0; // expect and expect_kpi lines checked
    QStringList failures; // "line 17: L1 stage is sal, expected sql"
    bool passed() const { return failures.isEmpty(); }
};

// Replays a scenario file (JSON Lines, ARCHITECTURE.md "Scenario files") against
// a pipeline under a manual clock. The whole replay is one transaction: an error
// (bad line, refused action) stops it, names the line and writes nothing. Failed
// expectations are collected and do not stop the replay.
class ScenarioReplay
{
public:
    ScenarioReplay(PipelineService &pipeline, ManualClock &clock);

    Result<ReplayReport> run(QIODevice &input);
    Result<ReplayReport> runFile(const QString &path);

private:
    Status apply(const QJsonObject &line, int number, ReplayReport &report);
    Status applyConfig(const QJsonObject &o);
    Status applyUser(const QJsonObject &o);
    Status applyLead(const QJsonObject &o);
    Status applyUpdate(const QJsonObject &o);
    Status applyActivity(const QJsonObject &o);
    Status applyModel(const QJsonObject &o);
    Status checkLead(const QJsonObject &o, int number, ReplayReport &report);
    Status checkKpi(const QJsonObject &o, int number, ReplayReport &report);

    PipelineService &m_pipeline;
    ManualClock &m_clock;
    Timestamp m_lastAt = 0;
};

// Parses "2026-01-05T08:00:00Z", "2026-01-05T08:00:00.250Z", "2026-01-05T08:00:00+01:00" or a date
// "2026-01-05" (midnight UTC). Times without a zone are refused: scenarios are UTC.
std::optional<Timestamp> parseTime(const QString &text);
QString formatTime(Timestamp t);

} // namespace baton
