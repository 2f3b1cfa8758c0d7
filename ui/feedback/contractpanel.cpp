#include "contractpanel.h"

#include "kpi/kpiformat.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace baton {

namespace {
constexpr double kOnTarget = 0.95; // sales' shares: the SLA compliance band
constexpr double kNear = 0.90;
constexpr int kBarHeight = 8;

struct Verdict
{
    QString words;
    Theme::Token token = Theme::Token::TextSecondary;
};

Verdict rateVerdict(std::optional<double> rate)
{
    if (!rate)
        return {ContractPanel::tr("Nothing to judge yet this month"), Theme::Token::TextSecondary};
    if (*rate >= kOnTarget)
        return {ContractPanel::tr("✓ Kept"), Theme::Token::Good};
    if (*rate >= kNear)
        return {ContractPanel::tr("! Nearly kept"), Theme::Token::Warn};
    return {ContractPanel::tr("✗ Not kept"), Theme::Token::Bad};
}

QColor textColor(const Theme &theme, Theme::Token token)
{
    const QColor c = theme.color(token);
    return theme.mode() == Theme::Mode::Light && token != Theme::Token::TextSecondary ? c.darker(125) : c;
}
} // namespace

// One side of the contract: a heading, a big figure, a bar (for marketing's
// delivery: how far it is, with a tick where it should be by now) and two lines.
class ContractSide : public QWidget
{
public:
    ContractSide(const Theme &theme, const QString &heading, QWidget *parent) : QWidget(parent), m_theme(theme)
    {
        m_heading = new QLabel(heading, this);
        m_heading->setFont(Theme::font(Theme::kMeta, QFont::Medium));
        m_figure = new QLabel(this);
        m_figure->setFont(Theme::font(Theme::kFigure, QFont::DemiBold));
        m_verdict = new QLabel(this);
        m_verdict->setFont(Theme::font(Theme::kBody, QFont::DemiBold));
        m_detail = new QLabel(this);
        m_detail->setFont(Theme::font(Theme::kMeta));
        m_detail->setWordWrap(true);
        m_detail->setTextInteractionFlags(Qt::LinksAccessibleByMouse);
        setColor(m_heading, Theme::Token::TextSecondary);
        setColor(m_detail, Theme::Token::TextSecondary);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, kBarHeight + Theme::kGrid);
        layout->setSpacing(2);
        layout->addWidget(m_heading);
        layout->addWidget(m_figure);
        layout->addWidget(m_verdict);
        layout->addWidget(m_detail);
        layout->addStretch();
    }

    void set(const QString &figure, const Verdict &verdict, const QString &detail, double progress,
             std::optional<double> tick)
    {
        m_figure->setText(figure);
        m_verdict->setText(verdict.words);
        setColor(m_verdict, verdict.token);
        m_detail->setText(detail);
        m_progress = progress;
        m_tick = tick;
        m_barToken = verdict.token;
        update();
    }
    QLabel *detail() const { return m_detail; }
    QString verdictText() const { return m_verdict->text(); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF bar(0, height() - kBarHeight - 2, width() - Theme::kGrid * 2, kBarHeight);
        p.setPen(Qt::NoPen);
        p.setBrush(m_theme.color(Theme::Token::Border));
        p.drawRoundedRect(bar, kBarHeight / 2.0, kBarHeight / 2.0);
        QRectF filled = bar;
        filled.setWidth(bar.width() * std::clamp(m_progress, 0.0, 1.0));
        p.setBrush(m_theme.color(m_barToken == Theme::Token::TextSecondary ? Theme::Token::Accent : m_barToken));
        p.drawRoundedRect(filled, kBarHeight / 2.0, kBarHeight / 2.0);
        if (m_tick) { // where it should be by now
            const qreal x = bar.left() + bar.width() * std::clamp(*m_tick, 0.0, 1.0);
            p.setPen(QPen(m_theme.color(Theme::Token::Text), 2));
            p.drawLine(QPointF(x, bar.top() - 3), QPointF(x, bar.bottom() + 3));
        }
    }

private:
    void setColor(QLabel *label, Theme::Token token)
    {
        QPalette pal = label->palette();
        pal.setColor(QPalette::WindowText, textColor(m_theme, token));
        label->setPalette(pal);
    }

    Theme m_theme;
    QLabel *m_heading;
    QLabel *m_figure;
    QLabel *m_verdict;
    QLabel *m_detail;
    double m_progress = 0;
    std::optional<double> m_tick;
    Theme::Token m_barToken = Theme::Token::Accent;
};

ContractPanel::ContractPanel(const Theme &theme, QWidget *parent) : QFrame(parent), m_theme(theme)
{
    setObjectName(QStringLiteral("contractPanel"));
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, theme.color(Theme::Token::Surface));
    setPalette(p);
    setStyleSheet(QStringLiteral("QFrame#contractPanel { border: 1px solid %1; border-radius: %2px; }")
                      .arg(theme.color(Theme::Token::Border).name())
                      .arg(Theme::kRadius));
    m_title = new QLabel(this);
    m_title->setFont(Theme::font(Theme::kHeading, QFont::DemiBold));
    m_edit = new QPushButton(tr("Edit commitments…"), this);
    connect(m_edit, &QPushButton::clicked, this, &ContractPanel::editRequested);
    m_marketing = new ContractSide(theme, tr("MARKETING · SALs DELIVERED"), this);
    m_decided = new ContractSide(theme, tr("SALES · DECIDED IN TIME"), this);
    m_contacted = new ContractSide(theme, tr("SALES · CONTACTED IN TIME"), this);
    const auto link = [this](const QString &which) {
        if (which == u"credited")
            Q_EMIT listLeads(tr("Credited back: rejected as not our ideal customer"), m_contract.creditedLeads);
        else if (which == u"decided")
            Q_EMIT listLeads(tr("Decided late, or still pending past the deadline"), m_contract.lateDecisionLeads);
        else
            Q_EMIT listLeads(tr("Contacted late, or not contacted in time"), m_contract.lateContactLeads);
    };
    for (ContractSide *side : {m_marketing, m_decided, m_contacted})
        connect(side->detail(), &QLabel::linkActivated, this, link);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch();
    top->addWidget(m_edit);
    auto *sides = new QHBoxLayout;
    sides->setSpacing(Theme::kGrid * 3);
    sides->addWidget(m_marketing, 1);
    sides->addWidget(m_decided, 1);
    sides->addWidget(m_contacted, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::kGrid * 2, Theme::kGrid * 3 / 2, Theme::kGrid * 2, Theme::kGrid);
    layout->addLayout(top);
    layout->addLayout(sides);
}

void ContractPanel::setCanEdit(bool canEdit, const QString &whyNot)
{
    m_edit->setEnabled(canEdit);
    m_edit->setToolTip(canEdit ? tr("Marketing's monthly SALs and sales' review and response times") : whyNot);
}

void ContractPanel::setContract(const ContractReport &c, const QTimeZone &zone)
{
    m_contract = c;
    const QString month =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.period.from, zone).date(), QStringLiteral("MMMM"));
    m_title->setText(tr("The hand-off contract, %1 so far").arg(month));

    Verdict marketing;
    QString detail;
    double progress = 0;
    std::optional<double> tick;
    const QString credited =
        c.creditedBack > 0
            ? tr("<a href=\"credited\">%n credited back</a> (not our ideal customer)", nullptr, c.creditedBack)
            : tr("none credited back");
    if (c.commitment > 0) {
        const double expected = c.expectedByAsof();
        progress = double(c.delivered()) / c.commitment;
        tick = expected / c.commitment;
        marketing = c.delivered() >= expected           ? Verdict{tr("✓ On pace"), Theme::Token::Good}
                    : c.delivered() >= expected * kNear ? Verdict{tr("! A little behind"), Theme::Token::Warn}
                                                        : Verdict{tr("✗ Behind pace"), Theme::Token::Bad};
        detail = tr("%1 expected by today of %2 this month; %3.").arg(qRound(expected)).arg(c.commitment).arg(credited);
    } else {
        marketing = {tr("No commitment set"), Theme::Token::TextSecondary};
        detail =
            tr("%1 hand-offs, %2. A manager can set marketing's monthly commitment.").arg(c.handoffs).arg(credited);
    }
    m_marketing->set(c.commitment > 0 ? tr("%1 of %2").arg(c.delivered()).arg(c.commitment)
                                      : QString::number(c.delivered()),
                     marketing, detail, progress, tick);

    const auto late = [](int n, const QString &which) {
        return n > 0 ? tr("<a href=\"%1\">%n late</a>", nullptr, n).arg(which) : tr("none late");
    };
    m_decided->set(formatPercent(c.decisionRate()), rateVerdict(c.decisionRate()),
                   tr("Every SAL accepted or rejected within %1 · %2 of %3 judged so far.")
                       .arg(formatMinutes(c.reviewSlaHours * 60), late(c.decidedLate, QStringLiteral("decided")))
                       .arg(c.decidedInTime + c.decidedLate),
                   c.decisionRate().value_or(0), kOnTarget);
    m_contacted->set(
        formatPercent(c.contactRate()), rateVerdict(c.contactRate()),
        tr("First call, e-mail or meeting within %1 of the hand-off · %2 of %3 judged.")
            .arg(formatMinutes(c.responseSlaHours * 60), late(c.contactedLate, QStringLiteral("contacted")))
            .arg(c.contactedInTime + c.contactedLate),
        c.contactRate().value_or(0), kOnTarget);
}

QString ContractPanel::marketingText() const
{
    return m_marketing->verdictText();
}

QString ContractPanel::decidedText() const
{
    return m_decided->verdictText();
}

QString ContractPanel::contactedText() const
{
    return m_contacted->verdictText();
}

} // namespace baton
