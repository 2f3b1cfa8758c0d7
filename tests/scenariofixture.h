#pragma once

// A pipeline for tests: a database (in memory by default) filled by an inline
// scenario under a manual clock. Header-only so each test stays one executable.

#include "domain/clock.h"
#include "io/scenarioreplay.h"
#include "pipeline/pipelineservice.h"
#include "storage/database.h"

#include <QBuffer>

#include <memory>

namespace baton::test {

struct ScenarioFixture
{
    ManualClock clock;
    std::unique_ptr<Database> db;
    std::unique_ptr<PipelineService> pipeline;

    // Empty on success, else what went wrong. `location` is ":memory:" or a file path.
    QString setUp(const char *scenario, const QString &location = QStringLiteral(":memory:"))
    {
        auto opened = Database::open(location);
        if (!opened)
            return opened.error();
        db = std::move(opened.value());
        pipeline = std::make_unique<PipelineService>(*db, clock);
        if (Status s = pipeline->initialize(); !s)
            return s.error();
        QByteArray text(scenario);
        QBuffer buffer(&text);
        buffer.open(QIODevice::ReadOnly);
        ScenarioReplay replay(*pipeline, clock);
        Result<ReplayReport> report = replay.run(buffer);
        if (!report)
            return report.error();
        if (!report->passed())
            return report->failures.join(QLatin1Char('\n'));
        return QString();
    }
};

} // namespace baton::test
