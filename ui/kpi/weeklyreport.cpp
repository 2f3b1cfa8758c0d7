#include "weeklyreport.h"

#include "kpi/kpidetail.h"
#include "pipeline/pipelineservice.h"
#include "reportpages.h"

#include <QApplication>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QImageWriter>
#include <QLineEdit>
#include <QMessageBox>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>

namespace baton {

namespace {
struct WeeklyReportTr
{
    Q_DECLARE_TR_FUNCTIONS(WeeklyReport)
};

constexpr int kPdfResolution = 300;
constexpr qreal kPngScale = 2; // PNG pages at twice the logical size: 2246 × 1588
constexpr int kPngGap = 24;

WeeklyReportData reportData(PipelineService &pipeline, int isoYear, int isoWeek, const QTimeZone &zone)
{
    WeeklyReportData d;
    d.isoYear = isoYear;
    d.isoWeek = isoWeek;
    d.zone = zone;
    const Timestamp asof = pipeline.clock().now();
    const KpiPeriod week = isoWeekPeriod(isoYear, isoWeek, zone, asof);
    const QDate previousMonday = QDateTime::fromMSecsSinceEpoch(week.from, zone).date().addDays(-7);
    d.previousWeek = previousMonday.weekNumber(&d.previousYear);
    const KpiPeriod previous = isoWeekPeriod(d.previousYear, d.previousWeek, zone, asof);

    const KpiData data = loadKpiData(pipeline.database(), asof, true);
    PeriodChoice choice;
    choice.preset = PeriodPreset::Custom;
    choice.period = week;
    choice.previous = previous;
    choice.label = periodLabel(week, zone);
    choice.previousLabel = periodLabel(previous, zone);

    DashboardRequest request{choice, zone, pipeline.config(), 12};
    computeDashboard(data, request, [&d](std::shared_ptr<const DashboardSnapshot> s) {
        if (s->complete)
            d.dashboard = *s;
        return true;
    });
    d.feedback = computeFeedbackSnapshot(data, FeedbackRequest{choice, zone, pipeline.config(), 12});
    for (const RejectionReason &r : pipeline.catalog().reasons())
        d.reasons.insert(r.id, r.label);
    for (const User &u : pipeline.users())
        d.userNames.insert(u.id, u.name);
    return d;
}

Status writePdf(const WeeklyReportData &d, const QString &path)
{
    QPdfWriter writer(path);
    writer.setResolution(kPdfResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(WeeklyReportTr::tr("Baton weekly report, week %1 of %2").arg(d.isoWeek).arg(d.isoYear));
    writer.setCreator(QStringLiteral("Baton"));
    QPainter painter;
    if (!painter.begin(&writer))
        return Error{WeeklyReportTr::tr("Cannot write %1.").arg(path)};
    const qreal scale = std::min(writer.width() / kReportPageSize.width(), writer.height() / kReportPageSize.height());
    for (int page = 0; page < kReportPages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        painter.scale(scale, scale);
        paintReportPage(painter, page, d);
        painter.restore();
    }
    if (!painter.end())
        return Error{WeeklyReportTr::tr("Cannot finish %1.").arg(path)};
    return {};
}

Status writePng(const WeeklyReportData &d, const QString &path)
{
    const QSize page = (kReportPageSize * kPngScale).toSize();
    QImage image(page.width(), page.height() * kReportPages + kPngGap * (kReportPages - 1), QImage::Format_RGB32);
    image.fill(QColor(Qt::lightGray));
    QPainter painter(&image);
    for (int i = 0; i < kReportPages; ++i) {
        painter.save();
        painter.translate(0, i * (page.height() + kPngGap));
        painter.scale(kPngScale, kPngScale);
        paintReportPage(painter, i, d);
        painter.restore();
    }
    painter.end();
    QImageWriter writer(path, "png");
    if (!writer.write(image))
        return Error{WeeklyReportTr::tr("Cannot write %1: %2").arg(path, writer.errorString())};
    return {};
}
} // namespace

std::pair<int, int> previousIsoWeek(Timestamp now, const QTimeZone &zone)
{
    int year = 0;
    const int week = QDateTime::fromMSecsSinceEpoch(now, zone).date().addDays(-7).weekNumber(&year);
    return {year, week};
}

std::optional<std::pair<int, int>> parseIsoWeek(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-?W(\\d{1,2})$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    const int week = m.captured(2).toInt();
    int lastYear = 0;
    const int weeksInYear = QDate(year, 12, 28).weekNumber(&lastYear); // 28 December is always in the last week
    if (week < 1 || week > weeksInYear)
        return std::nullopt;
    return std::pair{year, week};
}

Status writeWeeklyReport(PipelineService &pipeline, int isoYear, int isoWeek, const QString &path)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return Error{WeeklyReportTr::tr("The weekly report needs a QApplication (fonts and charts).")};
    int lastYear = 0;
    if (isoWeek < 1 || isoWeek > QDate(isoYear, 12, 28).weekNumber(&lastYear))
        return Error{WeeklyReportTr::tr("%1 has no week %2.").arg(isoYear).arg(isoWeek)};
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"pdf" && suffix != u"png")
        return Error{WeeklyReportTr::tr("%1: the report is written as .pdf or .png.").arg(path)};
    const WeeklyReportData data = reportData(pipeline, isoYear, isoWeek, QTimeZone::systemTimeZone());
    return suffix == u"pdf" ? writePdf(data, path) : writePng(data, path);
}

void exportWeeklyReportInteractively(PipelineService &pipeline, QWidget *parent)
{
    const auto [year, week] = previousIsoWeek(pipeline.clock().now());
    QDialog dialog(parent);
    dialog.setWindowTitle(WeeklyReportTr::tr("Export weekly report"));
    auto *weekEdit = new QLineEdit(QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0')), &dialog);
    weekEdit->setToolTip(WeeklyReportTr::tr("An ISO week, like 2026-W47; last week by default"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(WeeklyReportTr::tr("Choose file…"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(WeeklyReportTr::tr("Week:"), weekEdit);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(weekEdit, &QLineEdit::textChanged, &dialog, [weekEdit, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(parseIsoWeek(weekEdit->text()).has_value());
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto chosen = parseIsoWeek(weekEdit->text());
    if (!chosen)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QStringLiteral("%1/baton-report-%2-W%3.pdf")
                                  .arg(dir)
                                  .arg(chosen->first)
                                  .arg(chosen->second, 2, 10, QLatin1Char('0'));
    const QString path = QFileDialog::getSaveFileName(parent, WeeklyReportTr::tr("Export weekly report"), suggested,
                                                      WeeklyReportTr::tr("PDF documents (*.pdf);;PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = writeWeeklyReport(pipeline, chosen->first, chosen->second, path);
    QApplication::restoreOverrideCursor();
    if (!s)
        QMessageBox::warning(parent, WeeklyReportTr::tr("Export weekly report"), s.error());
}

} // namespace baton
