// The seven slides' bodies, laid out on the 1920 × 1080 reference canvas.
#include "slidecanvas.h"
#include "slidepainter.h"
#include "standuptext.h"

#include <QCoreApplication>

#include <algorithm>

namespace baton::standup {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Standup)
};

using C = SlideCanvas;

// Row `i` of a list of at most seven rows filling the content area.
QRectF rowBox(int i)
{
    constexpr double gap = 12;
    constexpr double height = (C::kContentHeight - gap * (kStandupMaxItems - 1)) / kStandupMaxItems;
    return {C::kLeft, C::kContentTop + i * (height + gap), C::kWidth, height};
}

// The parts of a list row: a badge at the left, two lines in the middle, two at the right.
struct RowParts
{
    QRectF badge, main, sub, right, rightSub;
};
RowParts rowParts(const QRectF &row, double badgeWidth, double rightWidth = 460)
{
    const double pad = 16;
    const double half = row.height() / 2;
    const double middleLeft = row.x() + pad + badgeWidth + 32;
    const double rightLeft = row.right() - pad - 16 - rightWidth;
    const double middleWidth = rightLeft - 32 - middleLeft;
    return {QRectF(row.x() + pad, row.y() + 12, badgeWidth, row.height() - 24),
            QRectF(middleLeft, row.y() + 6, middleWidth, half),
            QRectF(middleLeft, row.y() + half - 2, middleWidth, half - 6),
            QRectF(rightLeft, row.y() + 6, rightWidth, half),
            QRectF(rightLeft, row.y() + half - 2, rightWidth, half - 6)};
}

// A badge: a tinted pill holding a figure in the tone's colour.
void badge(C &canvas, const QRectF &box, const QString &text, Tone tone, double size = kRowFigure)
{
    canvas.panel(box, canvas.theme().wash(tone, canvas.theme().isDark() ? 56 : 40));
    canvas.text(box, text, size, canvas.theme().tone(tone), QFont::Bold, Qt::AlignCenter);
}

QString ownerText(const QString &ownerName)
{
    return ownerName.isEmpty() ? Tr::tr("Marketing") : ownerName;
}

QString stageLine(const StandupLeadRow &row)
{
    const QString stage = stageDisplayName(row.stage);
    return row.amount && row.stage == Stage::Opportunity ? Tr::tr("%1 · %2").arg(stage, compactMoney(*row.amount))
                                                         : stage;
}

QString leadLine(const QString &name, const QString &company)
{
    return company.isEmpty() ? name : Tr::tr("%1 · %2").arg(name, company);
}

} // namespace

void paintSlideBody(C &canvas, const StandupWeekSlide &slide)
{
    const StandupTheme &theme = canvas.theme();
    // Four tiles on the first row, three wider ones on the second.
    constexpr double gap = kGap;
    constexpr double height = (C::kContentHeight - gap) / 2;
    for (int i = 0; i < slide.figures.size(); ++i) {
        const int perRow = i < 4 ? 4 : 3;
        const int column = i < 4 ? i : i - 4;
        const double width = (C::kWidth - gap * (perRow - 1)) / perRow;
        const QRectF tile(C::kLeft + column * (width + gap), C::kContentTop + (i < 4 ? 0 : height + gap), width,
                          height);
        const StandupWeekFigure &f = slide.figures.at(i);
        const DeltaText delta = deltaText(f);
        canvas.panel(tile);
        const double x = tile.x() + 36;
        const double w = tile.width() - 72;
        canvas.text(QRectF(x, tile.y() + 24, w, 48), figureLabel(f.id), kLabel + 2, theme.secondary(), QFont::DemiBold);
        canvas.text(QRectF(x, tile.y() + 64, w, 170), QString::number(f.lastWeek), kHeadline, theme.text(),
                    QFont::Bold);
        const QColor deltaColor = theme.tone(delta.tone);
        const double arrow =
            canvas.text(QRectF(x, tile.y() + 240, w, 50), delta.arrow, kLabel + 4, deltaColor, QFont::Bold);
        canvas.text(QRectF(x + arrow + 12, tile.y() + 240, w - arrow - 12, 50), delta.change, kLabel + 4, deltaColor,
                    QFont::DemiBold);
        canvas.text(QRectF(x, tile.y() + 292, w, 44), delta.previous, kMeta + 2, theme.secondary());
    }
}

void paintSlideBody(C &canvas, const StandupHotSlide &slide)
{
    const StandupTheme &theme = canvas.theme();
    for (int i = 0; i < slide.leads.size(); ++i) {
        const StandupLeadRow &lead = slide.leads.at(i);
        const QRectF row = rowBox(i);
        const RowParts p = rowParts(row, 170);
        canvas.panel(row);
        badge(canvas, p.badge, QString::number(lead.score), lead.score >= slide.sqlThreshold ? Tone::Good : Tone::Warn);
        canvas.text(p.main, lead.name, kRowName, theme.text(), QFont::DemiBold);
        canvas.text(p.sub, lead.company, kLabel, theme.secondary());
        canvas.text(p.right, ownerText(lead.ownerName), kLabel + 2, theme.text(), QFont::Normal,
                    Qt::AlignRight | Qt::AlignVCenter);
        canvas.text(p.rightSub, stageLine(lead), kLabel - 2, theme.secondary(), QFont::Normal,
                    Qt::AlignRight | Qt::AlignVCenter);
    }
}

void paintSlideBody(C &canvas, const StandupStuckSlide &slide)
{
    const StandupTheme &theme = canvas.theme();
    for (int i = 0; i < slide.deals.size(); ++i) {
        const StandupLeadRow &deal = slide.deals.at(i);
        const QRectF row = rowBox(i);
        const RowParts p = rowParts(row, 250);
        // Past the cold-recycling age a deal is in trouble; half-way there, it is worth a look.
        const Tone tone = deal.daysInStage >= slide.coldDays         ? Tone::Bad
                          : deal.daysInStage >= slide.coldDays / 2.0 ? Tone::Warn
                                                                     : Tone::Neutral;
        canvas.panel(row);
        badge(canvas, p.badge, daysText(deal.daysInStage), tone, kRowFigure - 12);
        canvas.text(p.main, deal.name, kRowName, theme.text(), QFont::DemiBold);
        canvas.text(p.sub, deal.company, kLabel, theme.secondary());
        canvas.text(p.right, ownerText(deal.ownerName), kLabel + 2, theme.text(), QFont::Normal,
                    Qt::AlignRight | Qt::AlignVCenter);
        canvas.text(p.rightSub, Tr::tr("in %1").arg(stageLine(deal)), kLabel - 2, theme.secondary(), QFont::Normal,
                    Qt::AlignRight | Qt::AlignVCenter);
    }
}

void paintSlideBody(C &canvas, const StandupBreachSlide &slide)
{
    const StandupTheme &theme = canvas.theme();
    // Two headline figures, then the hand-offs behind them.
    constexpr double tileHeight = 200;
    const double tileWidth = (C::kWidth - kGap) / 2;
    const struct
    {
        int count;
        QString label;
    } tiles[] = {{slide.pendingCount, slide.pendingCount == 1 ? Tr::tr("hand-off overdue now, still undecided")
                                                              : Tr::tr("hand-offs overdue now, still undecided")},
                 {slide.lastWeekCount, slide.lastWeekCount == 1 ? Tr::tr("review deadline missed last week")
                                                                : Tr::tr("review deadlines missed last week")}};
    for (int i = 0; i < 2; ++i) {
        const QRectF tile(C::kLeft + i * (tileWidth + kGap), C::kContentTop, tileWidth, tileHeight);
        const Tone tone = tiles[i].count == 0 ? Tone::Good : i == 0 ? Tone::Bad : Tone::Warn;
        canvas.panel(tile);
        canvas.bar(QRectF(tile.x(), tile.y() + 20, 8, tile.height() - 40), theme.tone(tone));
        const double w = canvas.text(QRectF(tile.x() + 40, tile.y(), 400, tileHeight), QString::number(tiles[i].count),
                                     kHeadline, theme.tone(tone), QFont::Bold);
        // The label beside the figure, centred on it whether it takes one line or two.
        const QRectF label(tile.x() + 40 + w + 32, 0, tile.width() - w - 112, 100);
        const bool oneLine = canvas.width(tiles[i].label, kLabel + 2) <= label.width();
        canvas.wrapped(label.translated(0, tile.y() + (oneLine ? 76 : 52)), tiles[i].label, kLabel + 2, theme.text(),
                       2);
    }
    constexpr double top = C::kContentTop + tileHeight + kGap;
    constexpr double gap = 10;
    const double height = (C::kContentBottom - top - gap * (kStandupMaxItems - 1)) / kStandupMaxItems;
    for (int i = 0; i < slide.breaches.size(); ++i) {
        const StandupBreach &b = slide.breaches.at(i);
        const QRectF row(C::kLeft, top + i * (height + gap), C::kWidth, height);
        const Tone tone = breachTone(b);
        canvas.panel(row);
        canvas.bar(QRectF(row.x(), row.y() + 12, 8, row.height() - 24), theme.tone(tone));
        canvas.text(QRectF(row.x() + 32, row.y(), 560, row.height()), breachText(b), kLabel + 2, theme.tone(tone),
                    QFont::Bold);
        const double nameWidth = canvas.text(QRectF(row.x() + 620, row.y(), 640, row.height()), b.name, kLabel + 2,
                                             theme.text(), QFont::DemiBold);
        canvas.text(QRectF(row.x() + 620 + nameWidth + 16, row.y(), 640 - nameWidth - 16, row.height()), b.company,
                    kLabel, theme.secondary());
        const QString rep = b.urgent ? Tr::tr("%1 · urgent").arg(b.repName) : b.repName;
        canvas.text(QRectF(row.right() - 460, row.y(), 432, row.height()), rep, kLabel + 2, theme.text(), QFont::Normal,
                    Qt::AlignRight | Qt::AlignVCenter);
    }
}

void paintSlideBody(C &canvas, const StandupFeedbackSlide &slide)
{
    const StandupTheme &theme = canvas.theme();
    // Left: how many and why; right: what the reps wrote.
    constexpr double leftWidth = 640;
    const double x = C::kLeft;
    canvas.text(QRectF(x, C::kContentTop, leftWidth, 160), QString::number(slide.total), kHeadline, theme.text(),
                QFont::Bold);
    canvas.wrapped(QRectF(x, C::kContentTop + 160, leftWidth, 90), Tr::tr("rejections, disqualifications and losses"),
                   kLabel, theme.secondary(), 2);
    const int most = slide.reasons.isEmpty() ? 1 : std::max(1, slide.reasons.first().count);
    double y = C::kContentTop + 290;
    for (const StandupReasonCount &r : slide.reasons) {
        const double countWidth = canvas.width(QString::number(r.count), kLabel + 4, QFont::Bold) + 8;
        canvas.text(QRectF(x, y, leftWidth - countWidth - 16, 48), r.label, kLabel + 2, theme.text(), QFont::DemiBold);
        canvas.text(QRectF(x, y, leftWidth, 48), QString::number(r.count), kLabel + 4, theme.text(), QFont::Bold,
                    Qt::AlignRight | Qt::AlignVCenter);
        canvas.bar(QRectF(x, y + 56, leftWidth, 14), theme.border());
        canvas.bar(QRectF(x, y + 56, std::max(14.0, leftWidth * r.count / most), 14), theme.tone(Tone::Warn));
        y += 112;
    }
    if (slide.otherReasons > 0) {
        canvas.text(QRectF(x, y, leftWidth, 44),
                    slide.otherReasons == 1 ? Tr::tr("+ 1 for other reasons")
                                            : Tr::tr("+ %1 for other reasons").arg(slide.otherReasons),
                    kMeta, theme.secondary());
    }

    const double cx = C::kLeft + leftWidth + 64;
    const double cw = C::kRight - cx;
    if (slide.comments.isEmpty()) {
        canvas.panel(QRectF(cx, C::kContentTop, cw, 180));
        canvas.wrapped(QRectF(cx + 36, C::kContentTop + 40, cw - 72, 110),
                       Tr::tr("No comments last week: only reasons were given."), kLabel + 2, theme.secondary(), 2);
        return;
    }
    constexpr double gap = 20;
    const double height = (C::kContentHeight - gap * 3) / 4;
    for (int i = 0; i < slide.comments.size(); ++i) {
        const StandupComment &c = slide.comments.at(i);
        const QRectF box(cx, C::kContentTop + i * (height + gap), cw, height);
        canvas.panel(box);
        canvas.bar(QRectF(box.x(), box.y() + 16, 8, box.height() - 32), theme.tone(Tone::Warn));
        canvas.wrapped(QRectF(box.x() + 40, box.y() + 18, box.width() - 72, 100), Tr::tr("“%1”").arg(c.comment),
                       kLabel + 2, theme.text(), 2);
        canvas.text(QRectF(box.x() + 40, box.bottom() - 56, box.width() - 72, 42),
                    Tr::tr("%1 · %2 on %3").arg(c.reasonLabel, c.repName, leadLine(c.name, c.company)), kMeta,
                    theme.secondary());
    }
}

void paintSlideBody(C &canvas, const StandupTargetSlide &slide)
{
    const StandupTheme &theme = canvas.theme();
    constexpr double gap = 16;
    const double height = (C::kContentHeight - gap * 4) / 5;
    for (int i = 0; i < slide.targets.size(); ++i) {
        const StandupTarget &t = slide.targets.at(i);
        const QRectF row(C::kLeft, C::kContentTop + i * (height + gap), C::kWidth, height);
        const Tone tone = statusTone(t.status);
        const bool known = t.status != TargetStatus::NoData;
        const QColor toneColor = known ? theme.tone(tone) : theme.secondary();
        canvas.panel(row);
        canvas.bar(QRectF(row.x(), row.y() + 16, 8, row.height() - 32), known ? toneColor : theme.border());
        canvas.text(QRectF(row.x() + 40, row.y() + 16, 760, 56), kpiName(t.kpiId), kRowName, theme.text(),
                    QFont::DemiBold);
        const QString period = t.period.from == slide.lastWeek.from
                                   ? Tr::tr("last week")
                                   : Tr::tr("last %1 weeks").arg((t.period.to - t.period.from) / (7 * kMsPerDay));
        canvas.text(QRectF(row.x() + 40, row.y() + 74, 760, 48), Tr::tr("%1 · %2").arg(targetText(t), period), kLabel,
                    theme.secondary());
        canvas.text(QRectF(row.x() + 820, row.y(), 420, row.height()), kpiValueText(t), 88,
                    known ? theme.text() : theme.secondary(), QFont::Bold, Qt::AlignRight | Qt::AlignVCenter);
        const QString status = statusMark(t.status) + u' ' + statusText(t.status);
        canvas.text(QRectF(row.x() + 1300, row.y(), row.width() - 1340, row.height()), status, kLabel + 6, toneColor,
                    known ? QFont::Bold : QFont::Normal, Qt::AlignRight | Qt::AlignVCenter);
    }
}

void paintSlideBody(C &canvas, const StandupWinSlide &slide)
{
    const StandupTheme &theme = canvas.theme();
    const double revenueWidth =
        canvas.text(QRectF(C::kLeft + 4, C::kContentTop, C::kWidth, 160), compactMoney(slide.revenue), kHeadline,
                    theme.tone(Tone::Good), QFont::Bold);
    canvas.text(QRectF(C::kLeft + revenueWidth + 44, C::kContentTop + 50, C::kWidth - revenueWidth - 44, 60),
                slide.total == 1 ? Tr::tr("won in 1 deal") : Tr::tr("won in %1 deals").arg(slide.total), kRowName,
                theme.text(), QFont::DemiBold);
    // Few wins get roomy two-line rows; a full week's seven share the space on one line each.
    constexpr double top = C::kContentTop + 184;
    constexpr double gap = 10;
    const bool roomy = slide.wins.size() <= 5;
    const double height = roomy ? 104 : (C::kContentBottom - top - gap * (kStandupMaxItems - 1)) / kStandupMaxItems;
    for (int i = 0; i < slide.wins.size(); ++i) {
        const StandupWin &w = slide.wins.at(i);
        const QRectF row(C::kLeft, top + i * (height + gap), C::kWidth, height);
        canvas.panel(row);
        canvas.text(QRectF(row.x() + 32, row.y(), 240, row.height()), compactMoney(w.amount), kRowName + 6,
                    theme.tone(Tone::Good), QFont::Bold);
        const QString company = w.company.isEmpty() ? w.name : w.company;
        const QString person = w.company.isEmpty() ? QString() : w.name;
        const double x = row.x() + 300;
        const double width = row.width() - 300 - 480;
        if (roomy) {
            canvas.text(QRectF(x, row.y() + 6, width, height / 2), company, kRowName, theme.text(), QFont::DemiBold);
            canvas.text(QRectF(x, row.y() + height / 2 - 2, width, height / 2 - 6), person, kLabel, theme.secondary());
        } else {
            const double used =
                canvas.text(QRectF(x, row.y(), width, row.height()), company, kRowName, theme.text(), QFont::DemiBold);
            canvas.text(QRectF(x + used + 20, row.y(), width - used - 20, row.height()), person, kLabel,
                        theme.secondary());
        }
        canvas.text(QRectF(row.right() - 460, row.y(), 432, row.height()), w.repName, kLabel + 2, theme.text(),
                    QFont::Normal, Qt::AlignRight | Qt::AlignVCenter);
    }
}

} // namespace baton::standup
