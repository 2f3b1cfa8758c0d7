#include "chartexport.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QImageWriter>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QStandardPaths>
#include <QWidget>

namespace baton {

namespace {
struct ChartExportTr
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
};
} // namespace

QImage renderWidget(QWidget *widget, qreal scale)
{
    QImage image(widget->size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(widget->palette().color(widget->backgroundRole()));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    return image;
}

bool saveWidgetPng(QWidget *widget, const QString &path, QString *error)
{
    QImageWriter writer(path, "png");
    if (writer.write(renderWidget(widget)))
        return true;
    if (error)
        *error = writer.errorString();
    return false;
}

void copyWidgetToClipboard(QWidget *widget)
{
    QGuiApplication::clipboard()->setImage(renderWidget(widget));
}

void addExportActions(QMenu *menu, QWidget *widget, const QString &baseName)
{
    QAction *save = menu->addAction(ChartExportTr::tr("Save as PNG…"));
    QObject::connect(save, &QAction::triggered, widget, [widget, baseName] {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        const QString path = QFileDialog::getSaveFileName(widget, ChartExportTr::tr("Save chart as PNG"),
                                                          QDir(dir).filePath(baseName + QStringLiteral(".png")),
                                                          ChartExportTr::tr("PNG images (*.png)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!saveWidgetPng(widget, path, &error))
            QMessageBox::warning(widget, ChartExportTr::tr("Save chart"),
                                 ChartExportTr::tr("Could not write %1: %2").arg(path, error));
    });
    QAction *copy = menu->addAction(ChartExportTr::tr("Copy to clipboard"));
    QObject::connect(copy, &QAction::triggered, widget, [widget] { copyWidgetToClipboard(widget); });
}

} // namespace baton
