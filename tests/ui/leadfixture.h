#pragma once

// A small pipeline in an in-memory database for the lead pane and triage tests:
// two reps (Ana, Sam), a sales manager (Léa), a marketing manager (Marc) and a
// marketer (Mia). Auto hand-off is off so each test hands off what it needs.
#include "io/scenarioreplay.h"
#include "pipeline/pipelineservice.h"
#include "storage/database.h"

#include <QtTest>

#include <memory>

namespace baton {

struct LeadFixture
{
    static Timestamp t0() { return *parseTime(QStringLiteral("2026-01-05T08:00:00Z")); }

    LeadFixture()
        : clock(t0())
    {
        auto opened = Database::open(QStringLiteral(":memory:"));
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        db = std::move(opened.value());
        pipeline = std::make_unique<PipelineService>(*db, clock);
        check(pipeline->initialize());
        PipelineConfig config = pipeline->config();
        config.autoHandoff = false;
        check(pipeline->configure(config));
        const struct
        {
            const char *id;
            const char *name;
            Role role;
        } users[] = {{"ana", "Ana Ruiz", Role::SalesRep},
                     {"sam", "Sam Okafor", Role::SalesRep},
                     {"lea", "Léa Martin", Role::SalesManager},
                     {"marc", "Marc Petit", Role::MarketingManager},
                     {"mia", "Mia Chen", Role::Marketer}};
        for (const auto &u : users) {
            User user;
            user.id = QString::fromUtf8(u.id);
            user.name = QString::fromUtf8(u.name);
            user.role = u.role;
            check(pipeline->saveUser(user));
        }
    }

    static void check(const Status &s)
    {
        if (!s)
            qFatal("%s", qPrintable(s.error()));
    }

    // A lead scoring 60 (senior title, size, industry, market), created now.
    QString createLead(const QString &id, const QString &first, const QString &last)
    {
        LeadFields f;
        f.firstName = first;
        f.lastName = last;
        f.email = first.toLower() + QStringLiteral("@acme.io");
        f.title = QStringLiteral("CTO");
        f.company = QStringLiteral("Acme ") + last;
        f.companySize = 120;
        f.industry = QStringLiteral("Software");
        f.country = QStringLiteral("FR");
        f.source = QStringLiteral("organic");
        Result<QString> r = pipeline->createLead(id, f, QStringLiteral("marc"));
        if (!r)
            qFatal("%s", qPrintable(r.error()));
        return r.value();
    }

    // Hands `id` to `rep` at `at` (the clock moves there first).
    void handOff(const QString &id, const QString &rep, Timestamp at)
    {
        clock.set(at);
        check(pipeline->handOff(id, QStringLiteral("marc"), rep));
    }

    Lead lead(const QString &id) { return *pipeline->lead(id); }

    std::unique_ptr<Database> db;
    ManualClock clock;
    std::unique_ptr<PipelineService> pipeline;
};

} // namespace baton
