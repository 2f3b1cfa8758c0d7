#include "commands.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace {

void installTranslations(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("baton"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Baton"));
    QCoreApplication::setApplicationName(QStringLiteral("Baton"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BATON_VERSION));

    // Sub-commands run without a display.
    if (argc > 1 && baton::isCommand(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication app(argc, argv);
        installTranslations(app);
        QStringList args = QCoreApplication::arguments().mid(2);
        return baton::runCommand(QCoreApplication::arguments().at(1), args);
    }

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("org.baton.Baton"));
    installTranslations(app);
    baton::MainWindow window;
    window.show();
    return app.exec();
}
