#include "importsummarypage.h"

#include "domain/stage.h"
#include "importlook.h"
#include "importwizard.h"

#include <QLabel>
#include <QSet>
#include <QVBoxLayout>

#include <cstdlib>

namespace baton {

namespace {

QString signedCount(int n)
{
    return (n > 0 ? QStringLiteral("+") : QStringLiteral("−")) + importlook::count(std::abs(n));
}

} // namespace

ImportSummaryPage::ImportSummaryPage(ImportWizard &wizard)
    : m_wizard(wizard), m_headline(new QLabel(this)), m_text(new QLabel(this))
{
    setTitle(tr("Result"));
    setSubTitle(QStringLiteral(" ")); // set when the import ends; a page without one lays its title out apart
    setFinalPage(true);
    m_headline->setObjectName(QStringLiteral("summaryHeadline"));
    m_headline->setFont(Theme::font(Theme::kViewTitle, QFont::DemiBold));
    m_text->setObjectName(QStringLiteral("summaryText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setFont(Theme::font(Theme::kHeading));

    auto *layout = importlook::pageLayout(this);
    layout->setSpacing(Theme::kGrid * 2);
    layout->addWidget(m_headline);
    layout->addWidget(m_text);
    layout->addStretch(1);
}

QString ImportSummaryPage::headline() const
{
    return m_headline->text();
}

QString ImportSummaryPage::text() const
{
    return m_text->text();
}

void ImportSummaryPage::initializePage()
{
    const Theme &theme = m_wizard.theme();
    const ImportPlan &plan = m_wizard.session().plan();
    const std::optional<ImportOutcome> &outcome = m_wizard.outcome();
    QPalette pal = m_headline->palette();
    QStringList lines;
    if (!outcome || !outcome->ok) {
        m_headline->setText(outcome && outcome->cancelled ? tr("Import cancelled") : tr("The import failed"));
        pal.setColor(QPalette::WindowText, theme.color(Theme::Token::Bad));
        const QString why = outcome ? outcome->error : tr("The import did not run.");
        lines << why;
        if (!why.contains(tr("nothing was imported"), Qt::CaseInsensitive))
            lines << tr("Nothing was imported: the database is as it was before.");
        else
            lines << tr("The database is as it was before.");
    } else {
        m_headline->setText(tr("Import complete"));
        pal.setColor(QPalette::WindowText, theme.color(Theme::Token::Good));
        if (plan.kind == ImportKind::Leads) {
            lines << tr("%Ln lead(s) created.", nullptr, int(plan.newLeads.size()));
            if (!plan.duplicates.isEmpty()) {
                lines << (plan.duplicatePolicy == DuplicatePolicy::Skip
                              ? tr("%Ln duplicate row(s) skipped.", nullptr, int(plan.duplicates.size()))
                              : tr("%Ln existing lead(s) updated from %1 duplicate row(s).", nullptr,
                                   int(plan.merges.size()))
                                    .arg(importlook::count(plan.duplicates.size())));
            }
        } else {
            QSet<QString> leads;
            for (const ImportPlan::NewActivity &a : plan.activities)
                leads.insert(a.leadId);
            lines << tr("%Ln activity record(s) added to %1 lead(s).", nullptr, int(plan.activities.size()))
                         .arg(importlook::count(leads.size()));
        }
        // Imported leads are scored on arrival: some cross the MQL threshold and are handed off.
        QStringList moves;
        for (Stage s : kAllStages) {
            const int delta = outcome->after.value(s) - outcome->before.value(s);
            if (delta != 0)
                moves << tr("%1 %2").arg(stageDisplayName(s), signedCount(delta));
        }
        if (!moves.isEmpty())
            lines << tr("On the board: %1.").arg(moves.join(QStringLiteral(" · ")));
        // Under a second, tenths of a second would read "0.0 s".
        lines << (outcome->elapsedMs < 1000
                      ? tr("Written in %1 ms.").arg(QLocale().toString(outcome->elapsedMs))
                      : tr("Written in %1 s.").arg(QLocale().toString(double(outcome->elapsedMs) / 1000.0, 'f', 1)));
    }
    setSubTitle(tr("From “%1”.").arg(m_wizard.session().fileName()));
    m_headline->setPalette(pal);
    m_text->setText(lines.join(QLatin1Char('\n')));
}

int ImportSummaryPage::nextId() const
{
    return -1;
}

} // namespace baton
