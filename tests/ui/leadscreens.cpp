// Renders the lead pane, the review queue and the reject dialog with realistic data
// to PNG files, to look at them without a display:
//     QT_QPA_PLATFORM=offscreen ./leadscreens [OUTDIR [DEMO.sqlite]]
// With a database made by `baton demo`, it shoots the busiest rep's queue instead.
// Not a test: nothing is compared. Not registered with CTest.
#include "common/leadactions.h"
#include "common/theme.h"
#include "io/scenarioreplay.h"
#include "lead/leadpane.h"
#include "pipeline/pipelineservice.h"
#include "storage/database.h"
#include "triage/contactdialog.h"
#include "triage/rejectdialog.h"
#include "triage/triageview.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QTextStream>

using namespace baton;

namespace {

// A small pipeline on 20 Nov 2026: Ana's queue of pending SALs, one lead with a
// rejection behind it and a score that dipped and recovered, one open opportunity.
const char kScenario[] = R"(
{"at":"2026-09-01T08:00:00Z","op":"config","review_sla_hours":48,"auto_handoff":false,"escalation":false}
{"at":"2026-09-01T08:00:00Z","op":"user","id":"ana","name":"Ana Ruiz","role":"sales_rep"}
{"at":"2026-09-01T08:00:00Z","op":"user","id":"sam","name":"Sam Okafor","role":"sales_rep"}
{"at":"2026-09-01T08:00:00Z","op":"user","id":"marc","name":"Marc Petit","role":"marketing_manager"}
{"at":"2026-09-01T08:00:00Z","op":"user","id":"mia","name":"Mia Chen","role":"marketer"}
{"at":"2026-09-01T08:00:00Z","op":"user","id":"lea","name":"Léa Martin","role":"sales_manager"}
{"at":"2026-09-15T09:12:00Z","op":"lead","id":"A1","first_name":"Anna","last_name":"Schmidt","email":"anna.schmidt@globex.de","phone":"+49 30 1234 5678","title":"VP Operations","company":"Globex GmbH","company_size":220,"industry":"Logistics","country":"DE","source":"linkedin_ads","campaign":"Q3 LinkedIn – Ops leaders"}
{"at":"2026-09-16T10:00:00Z","op":"handoff","lead":"A1","by":"marc","to":"sam"}
{"at":"2026-09-17T09:30:00Z","op":"reject","lead":"A1","by":"sam","reason":"bad_timing","comment":"Budget freeze until Q4 — call back mid-November."}
{"at":"2026-10-16T08:00:00Z","op":"tick"}
{"at":"2026-10-20T11:40:00Z","op":"activity","lead":"A1","type":"page_view","url":"https://baton.example/blog/fixing-the-handoff"}
{"at":"2026-11-10T09:00:00Z","op":"lead","id":"H","first_name":"Claire","last_name":"Dubois","email":"c.dubois@maisonlumiere.fr","title":"Directrice financière","company":"Maison Lumière","company_size":150,"industry":"E-commerce","country":"FR","source":"organic","campaign":""}
{"at":"2026-11-10T09:30:00Z","op":"handoff","lead":"H","by":"marc","to":"ana"}
{"at":"2026-11-10T16:00:00Z","op":"activity","lead":"A1","type":"webinar_attended","webinar":"Fixing the sales–marketing hand-off"}
{"at":"2026-11-10T17:00:00Z","op":"accept","lead":"H","by":"ana"}
{"at":"2026-11-11T10:15:00Z","op":"contact","lead":"H","by":"ana","type":"call","note":"Wants a pilot for the Lyon warehouse"}
{"at":"2026-11-13T14:00:00Z","op":"contact","lead":"H","by":"ana","type":"meeting","note":"Demo with CFO and ops lead"}
{"at":"2026-11-14T09:00:00Z","op":"advance","lead":"H","to":"sql","by":"ana"}
{"at":"2026-11-14T10:00:00Z","op":"activity","lead":"A1","type":"email_open","subject":"November product update"}
{"at":"2026-11-16T10:00:00Z","op":"activity","lead":"A1","type":"email_open","subject":"Case study: Acme Freight"}
{"at":"2026-11-17T11:00:00Z","op":"advance","lead":"H","to":"opportunity","by":"ana","amount":24000}
{"at":"2026-11-18T09:00:00Z","op":"lead","id":"B","first_name":"Lucas","last_name":"Moreau","email":"lucas.moreau@finaxis.fr","title":"CFO","company":"Finaxis SAS","company_size":80,"industry":"Financial Services","country":"FR","source":"google_ads","campaign":"Q4 Search – CFO"}
{"at":"2026-11-18T12:00:00Z","op":"handoff","lead":"B","by":"marc","to":"ana"}
{"at":"2026-11-18T13:02:00Z","op":"activity","lead":"A1","type":"page_view","url":"https://baton.example/pricing"}
{"at":"2026-11-18T15:00:00Z","op":"lead","id":"C","first_name":"Priya","last_name":"Natarajan","email":"priya@brightloop.io","title":"Head of Growth","company":"Brightloop","company_size":45,"industry":"Software","country":"GB","source":"organic","campaign":""}
{"at":"2026-11-18T15:20:00Z","op":"activity","lead":"C","type":"page_view","url":"https://baton.example/pricing"}
{"at":"2026-11-19T01:00:00Z","op":"handoff","lead":"A1","by":"marc","to":"ana"}
{"at":"2026-11-19T09:00:00Z","op":"handoff","lead":"C","by":"marc","to":"ana"}
{"at":"2026-11-19T10:00:00Z","op":"lead","id":"D","first_name":"Tom","last_name":"Becker","email":"tom.becker82@gmail.com","title":"Owner","company":"Becker Werkzeuge","company_size":12,"industry":"Manufacturing","country":"DE","source":"referral","campaign":""}
{"at":"2026-11-19T11:00:00Z","op":"activity","lead":"D","type":"content_download","asset":"Acme Manufacturing case study","asset_kind":"case_study"}
{"at":"2026-11-19T15:00:00Z","op":"handoff","lead":"D","by":"marc","to":"ana"}
{"at":"2026-11-19T18:00:00Z","op":"lead","id":"G","first_name":"Maximilian Alexander","last_name":"von Hohenzollern-Sigmaringen","email":"m.hohenzollern@ivg-gewerbe.ch","title":"Chief Digital Transformation Officer","company":"Internationale Versicherungsgesellschaft für Gewerbe und Industrie AG","company_size":5000,"industry":"Financial Services","country":"CH","source":"event","campaign":"Insurtech Summit 2026"}
{"at":"2026-11-19T18:30:00Z","op":"activity","lead":"G","type":"webinar_attended","webinar":"Insurtech Summit"}
{"at":"2026-11-19T19:00:00Z","op":"activity","lead":"G","type":"content_download","asset":"Insurance case study","asset_kind":"case_study"}
{"at":"2026-11-19T19:30:00Z","op":"activity","lead":"G","type":"page_view","url":"https://baton.example/pricing/enterprise"}
{"at":"2026-11-19T20:00:00Z","op":"handoff","lead":"G","by":"marc","to":"ana"}
{"at":"2026-11-20T07:00:00Z","op":"lead","id":"E","first_name":"Sofia","last_name":"Rossi","email":"sofia.rossi@nordlicht.it","title":"CTO","company":"Nordlicht Software","company_size":450,"industry":"Software","country":"IT","source":"webinar","campaign":"Q4 Webinar series"}
{"at":"2026-11-20T07:10:00Z","op":"activity","lead":"E","type":"email_open","subject":"Welcome"}
{"at":"2026-11-20T07:20:00Z","op":"activity","lead":"E","type":"email_open","subject":"Your recording"}
{"at":"2026-11-20T07:30:00Z","op":"activity","lead":"E","type":"email_open","subject":"Slides"}
{"at":"2026-11-20T08:00:00Z","op":"handoff","lead":"E","by":"marc","to":"ana"}
{"at":"2026-11-20T12:00:00Z","op":"lead","id":"F","first_name":"Jakob","last_name":"Lindqvist","email":"jakob@fjordline.se","title":"VP Sales","company":"Fjordline AB","company_size":300,"industry":"SaaS","country":"SE","source":"google_ads","campaign":"Q4 Search – CFO"}
{"at":"2026-11-20T13:00:00Z","op":"handoff","lead":"F","by":"marc","to":"ana"}
{"at":"2026-11-20T13:10:00Z","op":"lead","id":"S1","first_name":"Noah","last_name":"Keller","email":"noah@keller.ch","title":"COO","company":"Keller Logistik","company_size":90,"industry":"Manufacturing","country":"CH","source":"organic","campaign":""}
{"at":"2026-11-20T13:20:00Z","op":"handoff","lead":"S1","by":"marc","to":"sam"}
{"at":"2026-11-20T14:00:00Z","op":"tick"}
)";

void save(QWidget &w, const QString &dir, const QString &name)
{
    w.show();
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    const QString path = dir + u'/' + name;
    w.grab().save(path);
    QTextStream(stdout) << path << Qt::endl;
}

// A pane tall enough to show all its content, to check the parts below the fold.
void saveFull(LeadPane &pane, const QString &dir, const QString &name)
{
    pane.show();
    QApplication::processEvents();
    auto *scroll = pane.findChild<QScrollArea *>();
    QWidget *content = scroll->widget();
    const int needed = content->hasHeightForWidth() ? content->heightForWidth(scroll->viewport()->width())
                                                     : content->sizeHint().height();
    const int extra = needed - scroll->viewport()->height();
    const QSize before = pane.size();
    if (extra > 0)
        pane.resize(pane.width(), pane.height() + extra);
    save(pane, dir, name);
    pane.resize(before);
}

// The busiest rep's queue and first lead in a copy of a `baton demo` database.
int shootDemo(const QString &file, const QString &dir, const QString &suffix)
{
    const QString copy = dir + QStringLiteral("/demo-copy.sqlite");
    QFile::remove(copy);
    if (!QFile::copy(file, copy))
        return 1;
    auto db = Database::open(copy);
    if (!db) {
        QTextStream(stderr) << db.error() << Qt::endl;
        return 1;
    }
    SystemClock clock;
    PipelineService pipeline(*db.value(), clock);
    pipeline.reload();
    QString busiest;
    int most = -1;
    const QHash<QString, int> counts = pipeline.leads().pendingCounts();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            busiest = it.key();
        }
    }
    QTextStream(stdout) << "rep " << busiest << " has " << most << " pending" << Qt::endl;
    LeadActions actions(pipeline, busiest);
    TriageView triage(actions);
    triage.resize(1000, 800);
    save(triage, dir, QStringLiteral("demo_triage") + suffix);
    const QStringList pending = pipeline.leads().pendingSalsOf(busiest);
    if (!pending.isEmpty()) {
        LeadPane pane(actions);
        pane.resize(440, 860);
        pane.showLead(pending.constFirst());
        save(pane, dir, QStringLiteral("demo_pane") + suffix);
        saveFull(pane, dir, QStringLiteral("demo_pane_full") + suffix);
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::tempPath() + QStringLiteral("/leadshots");
    QDir().mkpath(dir);
    const bool dark = qEnvironmentVariableIsSet("BATON_DARK");
    Theme(dark ? Theme::Mode::Dark : Theme::Mode::Light).apply(app);
    const QString suffix = dark ? QStringLiteral("_dark.png") : QStringLiteral(".png");

    auto db = Database::open(QStringLiteral(":memory:"));
    if (!db) {
        QTextStream(stderr) << db.error() << Qt::endl;
        return 1;
    }
    ManualClock clock(0);
    PipelineService pipeline(*db.value(), clock);
    if (Status s = pipeline.initialize(); !s) {
        QTextStream(stderr) << s.error() << Qt::endl;
        return 1;
    }
    QByteArray text(kScenario);
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    Result<ReplayReport> replay = ScenarioReplay(pipeline, clock).run(buffer);
    if (!replay) {
        QTextStream(stderr) << replay.error() << Qt::endl;
        return 1;
    }

    LeadActions actions(pipeline, QStringLiteral("ana"));
    if (argc > 2)
        return shootDemo(QString::fromLocal8Bit(argv[2]), dir, suffix);
    {
        LeadPane pane(actions);
        pane.resize(440, 860);
        pane.showLead(QStringLiteral("A1"));
        save(pane, dir, QStringLiteral("pane_a1") + suffix);
        saveFull(pane, dir, QStringLiteral("pane_a1_full") + suffix);
        pane.showLead(QStringLiteral("H"));
        save(pane, dir, QStringLiteral("pane_h") + suffix);
        pane.showLead(QString());
        save(pane, dir, QStringLiteral("pane_empty") + suffix);
    }
    {
        TriageView triage(actions);
        triage.resize(1000, 800);
        triage.refresh();
        save(triage, dir, QStringLiteral("triage_ana") + suffix);
        actions.setUserId(QStringLiteral("lea"));
        triage.refresh();
        save(triage, dir, QStringLiteral("triage_manager") + suffix);
        actions.setUserId(QStringLiteral("mia"));
        triage.refresh();
        save(triage, dir, QStringLiteral("triage_empty") + suffix);
    }
    {
        actions.setUserId(QStringLiteral("mia"));
        LeadPane pane(actions);
        pane.resize(440, 860);
        pane.showLead(QStringLiteral("C"));
        saveFull(pane, dir, QStringLiteral("pane_c_marketer") + suffix);
        // The same with two mistakes typed in, as the validation shows them.
        for (const auto &[field, typed] : {std::pair{"email", "priya@brightloop"}, std::pair{"country", "France"}}) {
            auto *edit = pane.findChild<QLineEdit *>(QLatin1String(field));
            edit->setText(QLatin1String(typed));
            Q_EMIT edit->textEdited(edit->text());
        }
        saveFull(pane, dir, QStringLiteral("pane_c_invalid") + suffix);
    }
    {
        const Lead lead = *pipeline.lead(QStringLiteral("A1"));
        RejectDialog dialog(lead.fields.displayName(), lead.score, pipeline.catalog().reasons());
        dialog.adjustSize();
        save(dialog, dir, QStringLiteral("reject") + suffix);
        dialog.selectReason(QStringLiteral("other"));
        save(dialog, dir, QStringLiteral("reject_other") + suffix);
    }
    {
        ContactDialog dialog(QStringLiteral("Anna Schmidt"));
        dialog.adjustSize();
        save(dialog, dir, QStringLiteral("contact") + suffix);
    }
    return 0;
}
