#pragma once

// A small pipeline for the board's tests: an in-memory database filled by a
// scenario under a manual clock. Header-only so each test stays one executable.

#include "scenariofixture.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

#include <memory>

namespace baton::test {

// Most stages have leads. Round robin gives Ana L1, L4, L7 and L10, Ben L3, L6 and
// L9: pending SALs L1, L3, L9; an opportunity L4 (12 000); a win L6 (9 000); L7
// rejected to Nurture; L10 an urgent SQL by demo request; L2, L5, L8 new.
inline const char kScenario[] = R"(
{"at":"2026-01-05T08:00:00Z","op":"config","review_sla_hours":48,"auto_handoff":true}
{"at":"2026-01-05T08:00:00Z","op":"user","id":"ana","name":"Ana Ruiz","role":"sales_rep"}
{"at":"2026-01-05T08:00:00Z","op":"user","id":"ben","name":"Ben Okafor","role":"sales_rep"}
{"at":"2026-01-05T08:00:00Z","op":"user","id":"marc","name":"Marc Petit","role":"marketing_manager"}
{"at":"2026-01-05T08:00:00Z","op":"user","id":"lea","name":"Léa Fontaine","role":"marketer"}
{"at":"2026-01-05T09:00:00Z","op":"lead","id":"L1","first_name":"Anna","last_name":"Schmidt","email":"anna@acme.io","title":"CTO","company":"Acme","company_size":120,"industry":"Software","country":"FR","source":"google_ads","campaign":"Q1 webinar"}
{"at":"2026-01-05T09:10:00Z","op":"lead","id":"L2","first_name":"Jo","last_name":"Student","email":"jo@gmail.com","title":"Student","industry":"Education","country":"IN","source":"organic"}
{"at":"2026-01-05T09:20:00Z","op":"lead","id":"L3","first_name":"Bruno","last_name":"Keller","email":"bruno@globex.de","title":"VP Operations","company":"Globex","company_size":200,"industry":"Manufacturing","country":"DE","source":"linkedin","campaign":"Spring"}
{"at":"2026-01-05T09:30:00Z","op":"lead","id":"L4","first_name":"Claire","last_name":"Dubois","email":"claire@initech.fr","title":"CEO","company":"Initech","company_size":80,"industry":"SaaS","country":"FR","source":"google_ads","campaign":"Q1 webinar"}
{"at":"2026-01-05T09:40:00Z","op":"lead","id":"L5","first_name":"Dan","last_name":"Low","email":"dan@retail.example","title":"Buyer","company":"Retail Co","company_size":300,"industry":"Retail","country":"FR","source":"organic"}
{"at":"2026-01-05T09:50:00Z","op":"lead","id":"L6","first_name":"Eva","last_name":"Lopez","email":"eva@finco.es","title":"CFO","company":"FinCo","company_size":300,"industry":"Financial Services","country":"ES","source":"linkedin","campaign":"Spring"}
{"at":"2026-01-05T10:00:00Z","op":"lead","id":"L7","first_name":"Fabio","last_name":"Rossi","email":"fabio@shop.it","title":"COO","company":"Shop","company_size":100,"industry":"E-commerce","country":"IT","source":"google_ads"}
{"at":"2026-01-05T10:10:00Z","op":"lead","id":"L8","first_name":"Greta","last_name":"Berg","email":"greta@yahoo.com","title":"Analyst","company":"Nordic","industry":"Retail","country":"SE","source":"organic"}
{"at":"2026-01-05T10:20:00Z","op":"lead","id":"L9","first_name":"Hugo","last_name":"Laurent","email":"hugo@softco.be","title":"CIO","company":"SoftCo","company_size":60,"industry":"Software","country":"BE","source":"linkedin","campaign":"Spring"}
{"at":"2026-01-05T10:30:00Z","op":"lead","id":"L10","first_name":"Ines","last_name":"Silva","email":"ines@pt.example","title":"Engineer","company":"PT Labs","industry":"Retail","country":"PT","source":"organic"}
{"at":"2026-01-05T11:00:00Z","op":"accept","lead":"L4","by":"ana"}
{"at":"2026-01-05T11:05:00Z","op":"advance","lead":"L4","to":"sql","by":"ana"}
{"at":"2026-01-05T11:10:00Z","op":"advance","lead":"L4","to":"opportunity","by":"ana","amount":12000}
{"at":"2026-01-05T11:20:00Z","op":"accept","lead":"L6","by":"ben"}
{"at":"2026-01-05T11:25:00Z","op":"advance","lead":"L6","to":"sql","by":"ben"}
{"at":"2026-01-05T11:30:00Z","op":"advance","lead":"L6","to":"opportunity","by":"ben","amount":8000}
{"at":"2026-01-05T11:35:00Z","op":"won","lead":"L6","by":"ben","amount":9000}
{"at":"2026-01-05T11:40:00Z","op":"reject","lead":"L7","by":"ana","reason":"no_budget","comment":""}
{"at":"2026-01-05T11:50:00Z","op":"activity","lead":"L10","type":"demo_request"}
)";

struct BoardFixture : ScenarioFixture
{
    // Empty on success, else what went wrong.
    QString setUp() { return ScenarioFixture::setUp(kScenario); }
};

// Settings of the tests go to QStandardPaths' test folder, never the user's.
inline void isolateSettings(const char *name)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BatonTests"));
    QCoreApplication::setApplicationName(QString::fromLatin1(name));
    QSettings().clear();
}

} // namespace baton::test
