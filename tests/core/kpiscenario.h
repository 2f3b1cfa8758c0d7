#pragma once

// A small two-week pipeline for the KPI dashboard, feedback view and weekly report
// tests (tests/core and tests/ui): an in-memory or file database filled by a
// scenario under a manual clock. Header-only so each test stays one executable.
//
// Week 2026-W02 (5–11 Jan): L1–L6 handed off round robin (Ana L1 L3 L5, Ben L2 L4 L6).
// L2 rejected as not_icp (credited back), L3 rejected no_budget, L4 accepted,
// contacted, qualified then disqualified (no_need), L5 accepted, contacted, lost
// (bad_timing), L6 accepted by a demo request, L1 accepted and contacted late.
// Week 2026-W03 (12–18 Jan): L7–L10 handed off (Ana L7 L9, Ben L8 L10). L7 rejected
// (student), L8 accepted late, L9 left pending past its deadline, L10 accepted and
// contacted in time. The clock ends on Monday 19 January, 09:00 UTC.

#include "scenariofixture.h"

#include <QBuffer>

#include <memory>

namespace baton::test {

inline const char kKpiScenario[] = R"(
{"at":"2026-01-05T08:00:00Z","op":"config","review_sla_hours":48,"response_sla_hours":24,"auto_handoff":true}
{"at":"2026-01-05T08:00:00Z","op":"user","id":"ana","name":"Ana Ruiz","role":"sales_rep"}
{"at":"2026-01-05T08:00:00Z","op":"user","id":"ben","name":"Ben Okafor","role":"sales_rep"}
{"at":"2026-01-05T08:00:00Z","op":"user","id":"sofia","name":"Sofia Marchetti","role":"sales_manager"}
{"at":"2026-01-05T08:00:00Z","op":"user","id":"marc","name":"Marc Petit","role":"marketing_manager"}
{"at":"2026-01-05T08:00:00Z","op":"user","id":"lea","name":"Léa Fontaine","role":"marketer"}
{"at":"2026-01-05T09:00:00Z","op":"lead","id":"L1","first_name":"Anna","last_name":"Schmidt","email":"anna@acme.io","title":"CTO","company":"Acme","company_size":120,"industry":"Software","country":"FR","source":"google_ads","campaign":"Q1 webinar"}
{"at":"2026-01-05T09:10:00Z","op":"lead","id":"L2","first_name":"Bruno","last_name":"Keller","email":"bruno@globex.de","title":"VP Operations","company":"Globex","company_size":200,"industry":"Manufacturing","country":"DE","source":"linkedin","campaign":"Spring"}
{"at":"2026-01-05T09:20:00Z","op":"lead","id":"L3","first_name":"Claire","last_name":"Dubois","email":"claire@initech.fr","title":"CEO","company":"Initech","company_size":80,"industry":"SaaS","country":"FR","source":"google_ads","campaign":"Q1 webinar"}
{"at":"2026-01-05T09:30:00Z","op":"lead","id":"L4","first_name":"Dan","last_name":"Low","email":"dan@retail.example","title":"CFO","company":"Retail Co","company_size":300,"industry":"Software","country":"FR","source":"organic"}
{"at":"2026-01-05T09:40:00Z","op":"lead","id":"L5","first_name":"Eva","last_name":"Lopez","email":"eva@finco.es","title":"CFO","company":"FinCo","company_size":300,"industry":"Financial Services","country":"ES","source":"linkedin","campaign":"Spring"}
{"at":"2026-01-05T09:50:00Z","op":"lead","id":"L6","first_name":"Fabio","last_name":"Rossi","email":"fabio@shop.it","title":"COO","company":"Shop","company_size":100,"industry":"E-commerce","country":"IT","source":"google_ads","campaign":"Q1 webinar"}
{"at":"2026-01-05T15:00:00Z","op":"accept","lead":"L1","by":"sofia"}
{"at":"2026-01-05T15:10:00Z","op":"reject","lead":"L2","by":"sofia","reason":"not_icp","comment":"Too small for us"}
{"at":"2026-01-05T15:20:00Z","op":"reject","lead":"L3","by":"sofia","reason":"no_budget","comment":"No budget this year"}
{"at":"2026-01-05T15:30:00Z","op":"accept","lead":"L4","by":"sofia"}
{"at":"2026-01-05T15:35:00Z","op":"contact","lead":"L4","by":"sofia","type":"call"}
{"at":"2026-01-05T15:40:00Z","op":"advance","lead":"L4","to":"sql","by":"sofia"}
{"at":"2026-01-05T16:00:00Z","op":"accept","lead":"L5","by":"sofia"}
{"at":"2026-01-05T16:30:00Z","op":"contact","lead":"L5","by":"sofia","type":"email_sent"}
{"at":"2026-01-06T09:00:00Z","op":"advance","lead":"L5","to":"sql","by":"sofia"}
{"at":"2026-01-06T09:30:00Z","op":"advance","lead":"L5","to":"opportunity","by":"sofia","amount":20000}
{"at":"2026-01-06T12:00:00Z","op":"contact","lead":"L1","by":"sofia","type":"call"}
{"at":"2026-01-07T09:00:00Z","op":"activity","lead":"L6","type":"demo_request"}
{"at":"2026-01-07T09:03:00Z","op":"contact","lead":"L6","by":"sofia","type":"call"}
{"at":"2026-01-07T10:00:00Z","op":"reject","lead":"L4","by":"sofia","reason":"no_need","comment":"Only browsing"}
{"at":"2026-01-09T10:00:00Z","op":"lost","lead":"L5","by":"sofia","reason":"bad_timing","comment":"Maybe in Q3"}
{"at":"2026-01-12T09:00:00Z","op":"lead","id":"L7","first_name":"Greta","last_name":"Berg","email":"greta@nordic.de","title":"CTO","company":"Nordic","company_size":150,"industry":"Software","country":"DE","source":"organic","campaign":"Spring"}
{"at":"2026-01-12T09:10:00Z","op":"lead","id":"L8","first_name":"Hugo","last_name":"Laurent","email":"hugo@softco.be","title":"CIO","company":"SoftCo","company_size":60,"industry":"Software","country":"BE","source":"linkedin","campaign":"Spring"}
{"at":"2026-01-12T09:20:00Z","op":"lead","id":"L9","first_name":"Ines","last_name":"Silva","email":"ines@ptlabs.fr","title":"VP Sales","company":"PT Labs","company_size":90,"industry":"SaaS","country":"FR","source":"google_ads","campaign":"Q1 webinar"}
{"at":"2026-01-12T09:30:00Z","op":"lead","id":"L10","first_name":"Jon","last_name":"Park","email":"jon@park.nl","title":"CEO","company":"Park","company_size":70,"industry":"Software","country":"NL","source":"email","campaign":"Newsletter"}
{"at":"2026-01-12T12:00:00Z","op":"reject","lead":"L7","by":"sofia","reason":"student","comment":"Course enquiry"}
{"at":"2026-01-12T16:00:00Z","op":"accept","lead":"L10","by":"sofia"}
{"at":"2026-01-12T17:00:00Z","op":"contact","lead":"L10","by":"sofia","type":"call"}
{"at":"2026-01-15T12:00:00Z","op":"accept","lead":"L8","by":"sofia"}
{"at":"2026-01-19T09:00:00Z","op":"tick"}
)";

// 2026-01-19T09:00:00Z: where the scenario leaves the clock.
inline constexpr Timestamp kKpiScenarioEnd = 1768813200000;

struct KpiFixture : ScenarioFixture
{
    // Empty on success, else what went wrong. `location` ":memory:" or a file path.
    QString setUp(const QString &location = QStringLiteral(":memory:"))
    {
        return ScenarioFixture::setUp(kKpiScenario, location);
    }
};

} // namespace baton::test
