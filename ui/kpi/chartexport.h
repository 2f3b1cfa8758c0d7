#pragma once

#include <QImage>
#include <QString>

QT_BEGIN_NAMESPACE
class QMenu;
class QWidget;
QT_END_NAMESPACE

namespace baton {

// Exporting a chart (or any widget) as a picture: the same helper for every chart
// of the dashboard and the feedback view. Pictures are rendered at twice the
// widget's size so they stay sharp on slides and in documents.
inline constexpr qreal kChartExportScale = 2.0;

QImage renderWidget(QWidget *widget, qreal scale = kChartExportScale);
// Writes `widget` as a PNG at `path`; false with a reason in `error` on failure.
bool saveWidgetPng(QWidget *widget, const QString &path, QString *error = nullptr);
void copyWidgetToClipboard(QWidget *widget);

// Adds "Save as PNG…" and "Copy to clipboard" for `widget` to `menu`; the file
// dialog suggests `baseName`.png.
void addExportActions(QMenu *menu, QWidget *widget, const QString &baseName);

} // namespace baton
