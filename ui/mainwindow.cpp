#include "mainwindow.h"

#include "board/board.h"
#include "board/boardmodel.h"
#include "board/filterbar.h"
#include "common/confirmationbar.h"
#include "common/emptystate.h"
#include "common/leadactions.h"
#include "common/navigationrail.h"
#include "common/notificationbell.h"
#include "common/settingskeys.h"
#include "common/theme.h"
#include "common/traynotifier.h"
#include "common/userpicker.h"
#include "feedback/feedbackview.h"
#include "import/importwizard.h"
#include "kpi/kpidashboard.h"
#include "kpi/weeklyreport.h"
#include "lead/leadpane.h"
#include "standup/standupwindow.h"
#include "storage/database.h"
#include "triage/triageview.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace baton {

namespace {
constexpr int kPaneMin = 380; // UI.md: lead pane 380–480 px
constexpr int kPaneMax = 480;
constexpr int kPaneDefault = 420;
} // namespace

MainWindow::MainWindow(LeadActions &actions, const Theme &theme, QWidget *parent)
    : QMainWindow(parent), m_actions(actions), m_theme(theme), m_poll(new QTimer(this))
{
    setWindowTitle(tr("Baton"));
    setObjectName(QStringLiteral("mainWindow"));
    {
        QSettings s;
        settings::migrateSettings(s);
    }

    setCentralWidget(buildCentre());
    buildToolBar();
    m_tray = new TrayNotifier(glyphIcon(Glyph::Bell, m_theme.color(Theme::Token::Accent)), this);
    buildMenus();
    buildStatusBar();

    connect(&m_actions, &LeadActions::succeeded, m_confirmation, &ConfirmationBar::showSuccess);
    connect(&m_actions, &LeadActions::failed, m_confirmation, &ConfirmationBar::showFailure);
    // The board, the queue and the pane each follow LeadActions::changed themselves.
    connect(&m_actions, &LeadActions::changed, this, [this] {
        m_bell->refresh();
        markRefreshed();
    });
    connect(m_board, &Board::statusMessage, m_confirmation, &ConfirmationBar::showFailure);
    connect(m_bell, &NotificationBell::refreshed, m_tray, &TrayNotifier::update);
    connect(m_tray, &TrayNotifier::activated, this, [this](const QString &leadId) {
        if (isMinimized())
            showNormal();
        raise();
        activateWindow();
        openLead(leadId);
    });
    connect(m_confirmation, &ConfirmationBar::undoRequested, m_actions.undoStack(), &QUndoStack::undo);

    m_dataVersion = m_actions.pipeline().database().dataVersion();
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &MainWindow::pollDatabase);
    m_poll->start();

    // Time-based automations (reminders, breaches, escalations, cold recycling) are
    // recorded as time passes, not only at the next action.
    m_clockTick = new QTimer(this);
    m_clockTick->setInterval(60 * 1000);
    connect(m_clockTick, &QTimer::timeout, this, [this] {
        if (Status s = m_actions.pipeline().tick(); !s)
            m_confirmation->showFailure(s.error());
    });
    m_clockTick->start();

    setCurrentUser(m_actions.userId());
    restoreSettings();
    markRefreshed();
}

MainWindow::~MainWindow()
{
    if (m_checkThread) {
        m_check->cancel();
        m_checkThread->wait();
    }
}

QWidget *MainWindow::buildCentre()
{
    m_rail = new NavigationRail(m_theme);
    m_rail->addView(Glyph::Board, tr("Board"), tr("The whole pipeline, stage by stage (Ctrl+1)"));
    m_rail->addView(Glyph::Queue, tr("Queue"), tr("Your SALs waiting for a decision (Ctrl+2)"));
    m_rail->addView(Glyph::Kpis, tr("KPIs"), tr("Joint marketing and sales KPIs (Ctrl+3)"));
    m_rail->addView(Glyph::Feedback, tr("Feedback"), tr("Why sales rejects leads, by campaign and source (Ctrl+4)"));
    connect(m_rail, &NavigationRail::currentChanged, this, [this](int v) { showView(View(v)); });

    m_board = new Board(m_actions, m_theme);
    m_triage = new TriageView(m_actions);
    m_views = new QStackedWidget;
    m_views->addWidget(m_board);
    m_views->addWidget(m_triage);
    // The KPI and feedback views (charts) are made when first shown: not on the way to the board.
    m_views->addWidget(new QWidget);
    m_views->addWidget(new QWidget);

    m_leadPane = new LeadPane(m_actions);
    m_leadPane->setMinimumWidth(kPaneMin);
    m_leadPane->setMaximumWidth(kPaneMax);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_views);
    m_splitter->addWidget(m_leadPane);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setCollapsible(0, false);
    m_splitter->setCollapsible(1, false);
    m_splitter->setHandleWidth(1);
    m_splitter->setSizes({1000, kPaneDefault});

    connect(m_board, &Board::leadSelected, this, &MainWindow::openLead);
    connect(m_board, &Board::leadActivated, this, &MainWindow::openLead);
    connect(m_triage, &TriageView::openLead, this, &MainWindow::openLead);
    // The queue re-reads itself after every action, score breakdowns included; behind the
    // board that is wasted on each drag. Here it re-reads when shown (showView) instead.
    disconnect(&m_actions, &LeadActions::changed, m_triage, nullptr);
    connect(&m_actions, &LeadActions::changed, this, &MainWindow::refreshQueueIfShown);
    // The board has refreshed on LeadActions::changed already; it follows the lead to its new column.
    connect(m_leadPane, &LeadPane::leadChanged, m_board, &Board::selectLead);

    auto *centre = new QWidget;
    auto *layout = new QHBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_rail);
    layout->addWidget(m_splitter, 1);
    return centre;
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Filters"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setContextMenuPolicy(Qt::PreventContextMenu);
    bar->setStyleSheet(
        QStringLiteral("QToolBar { background: %1; border: none; border-bottom: 1px solid %2;"
                       " padding: 6px 12px; spacing: 4px; }")
            .arg(m_theme.color(Theme::Token::Surface).name(), m_theme.color(Theme::Token::Border).name()));

    m_filters = new FilterBar(m_theme, bar);
    m_filters->setOwners(m_actions.pipeline().users());
    m_filters->setThresholds(m_actions.pipeline().config().mqlThreshold, m_actions.pipeline().config().sqlThreshold);
    m_filters->setSourceProvider([this] { return m_board->model()->query().sources(); });
    m_filters->setCampaignProvider([this] { return m_board->model()->query().campaigns(); });
    connect(m_filters, &FilterBar::filterChanged, this, [this](const LeadFilter &f) {
        m_board->setFilter(f);
        QSettings s;
        FilterBar::save(s, m_actions.userId(), f);
    });
    bar->addWidget(m_filters);

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);

    // In a box of its own: the tool bar would impose its square icon size on the bell and its count.
    auto *bellBox = new QWidget(bar);
    auto *bellLayout = new QHBoxLayout(bellBox);
    bellLayout->setContentsMargins(0, 0, Theme::kGrid, 0);
    m_bell = new NotificationBell(m_actions.pipeline(), m_theme, bellBox);
    bellLayout->addWidget(m_bell);
    connect(m_bell, &NotificationBell::openLead, this, &MainWindow::openLead);
    bar->addWidget(bellBox);

    m_user = new QToolButton(bar);
    m_user->setObjectName(QStringLiteral("currentUser"));
    m_user->setPopupMode(QToolButton::InstantPopup);
    m_user->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_user->setAutoRaise(true);
    m_user->setFont(Theme::font(Theme::kBody, QFont::Medium));
    auto *userMenu = new QMenu(m_user);
    userMenu->addAction(tr("Switch user…"), this, &MainWindow::chooseUser);
    m_user->setMenu(userMenu);
    bar->addWidget(m_user);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setToolTipsVisible(true);
    m_importLeads = file->addAction(
        glyphIcon(Glyph::Import, m_theme.color(Theme::Token::TextSecondary), m_theme.color(Theme::Token::Border), 16),
        tr("Import &leads…"), this, [this] { startImport(ImportKind::Leads); });
    m_importActivities =
        file->addAction(tr("Import &activities…"), this, [this] { startImport(ImportKind::Activities); });
    file->addSeparator();
    QAction *report = file->addAction(tr("Export &weekly report…"), this, &MainWindow::exportWeeklyReport);
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    file->addSeparator();
    file->addAction(tr("&Switch user…"), this, &MainWindow::chooseUser);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_actions.undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_actions.undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find leads…"), this, [this] {
        showView(View::Board);
        m_filters->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_filters->searchField()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QList<std::pair<View, QString>> views = {{View::Board, tr("&Board")},
                                                   {View::Queue, tr("&Queue")},
                                                   {View::Kpis, tr("&KPIs")},
                                                   {View::Feedback, tr("&Feedback")}};
    int key = Qt::Key_1;
    for (const auto &[v, text] : views) {
        QAction *a = view->addAction(text, this, [this, v = v] { showView(v); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key++)));
    }
    view->addSeparator();
    m_leadPaneAction = view->addAction(tr("&Lead pane"));
    m_leadPaneAction->setCheckable(true);
    m_leadPaneAction->setChecked(true);
    m_leadPaneAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_leadPaneAction, &QAction::toggled, m_leadPane, &QWidget::setVisible);
    view->addSeparator();
    view->setToolTipsVisible(true);
    m_desktopNotifications = view->addAction(tr("&Desktop notifications"));
    m_desktopNotifications->setObjectName(QStringLiteral("desktopNotifications"));
    m_desktopNotifications->setCheckable(true);
    {
        QSettings s;
        m_desktopNotifications->setChecked(settings::desktopNotifications().value(s));
    }
    if (m_tray->isAvailable()) {
        m_desktopNotifications->setToolTip(tr("Show new notifications on the desktop, even when Baton is behind "
                                              "other windows."));
        m_tray->setEnabled(m_desktopNotifications->isChecked());
    } else {
        m_desktopNotifications->setEnabled(false);
        m_desktopNotifications->setToolTip(tr("This desktop has no system tray: notifications stay in the bell."));
    }
    connect(m_desktopNotifications, &QAction::toggled, this, [this](bool on) {
        QSettings s;
        settings::desktopNotifications().setValue(s, on);
        m_tray->setEnabled(on);
    });
    view->addSeparator();
    QAction *standup = view->addAction(tr("&Stand-up mode"), this, &MainWindow::startStandup);
    standup->setShortcut(QKeySequence(Qt::Key_F11));
    view->addSeparator();
    QAction *refresh = view->addAction(tr("&Refresh"), this, &MainWindow::reloadFromDatabase);
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Baton"), this, [this] {
        QMessageBox::about(this, tr("About Baton"),
                           tr("<b>Baton %1</b><p>One lead pipeline for sales and marketing.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::buildStatusBar()
{
    QStatusBar *bar = statusBar();
    bar->setSizeGripEnabled(false);
    m_confirmation = new ConfirmationBar(m_theme, bar);
    bar->addWidget(m_confirmation, 1);

    const Database &db = m_actions.pipeline().database();
    const QString location = db.location();
    m_databaseLabel = new QLabel(bar);
    m_databaseLabel->setText(db.isInMemory() ? tr("Database: in memory")
                                             : tr("Database: %1").arg(QFileInfo(location).fileName()));
    m_databaseLabel->setToolTip(location);
    m_stateLabel = new QLabel(bar);
    const bool readOnly = !db.isInMemory() && !QFileInfo(location).isWritable();
    m_stateLabel->setText(readOnly ? tr("Read-only") : tr("Live"));
    m_stateLabel->setToolTip(readOnly
                                 ? tr("This file cannot be written: changes are refused.")
                                 : tr("Changes by other people appear within %n seconds.", nullptr, kPollMs / 1000));
    m_refreshLabel = new QLabel(bar);
    for (QLabel *l : {m_databaseLabel, m_stateLabel, m_refreshLabel}) {
        l->setForegroundRole(QPalette::PlaceholderText);
        l->setContentsMargins(Theme::kGrid, 0, Theme::kGrid, 0);
        bar->addPermanentWidget(l);
    }
}

MainWindow::View MainWindow::currentView() const
{
    return View(m_views->currentIndex());
}

void MainWindow::refreshQueueIfShown()
{
    if (currentView() == View::Queue)
        m_triage->refresh();
}

KpiDashboard *MainWindow::kpiDashboard()
{
    if (!m_kpis) {
        m_kpis = new KpiDashboard(m_actions.pipeline());
        connect(m_kpis, &KpiDashboard::openLead, this, &MainWindow::openLead);
        replaceView(View::Kpis, m_kpis);
    }
    return m_kpis;
}

FeedbackView *MainWindow::feedbackView()
{
    if (!m_feedback) {
        m_feedback = new FeedbackView(m_actions);
        connect(m_feedback, &FeedbackView::openLead, this, &MainWindow::openLead);
        replaceView(View::Feedback, m_feedback);
    }
    return m_feedback;
}

void MainWindow::replaceView(View view, QWidget *widget)
{
    QWidget *placeholder = m_views->widget(int(view));
    const bool current = m_views->currentIndex() == int(view);
    m_views->insertWidget(int(view), widget);
    m_views->removeWidget(placeholder);
    placeholder->deleteLater();
    if (current)
        m_views->setCurrentIndex(int(view));
}

void MainWindow::showView(View view)
{
    if (view == View::Kpis)
        kpiDashboard();
    else if (view == View::Feedback)
        feedbackView();
    m_views->setCurrentIndex(int(view));
    m_rail->setCurrent(int(view));
    m_filters->setEnabled(view == View::Board);
    if (view == View::Queue)
        m_triage->refresh();
    else if (view == View::Kpis)
        kpiDashboard()->refresh();
    else if (view == View::Feedback)
        feedbackView()->refresh();
}

void MainWindow::startStandup()
{
    // The meeting-room screen is its own top-level window; closing it returns here.
    auto *standup = new StandupWindow(m_actions.pipeline(), StandupWindow::Options{});
    standup->setAttribute(Qt::WA_DeleteOnClose);
    connect(standup, &StandupWindow::closed, standup, &QWidget::close);
    standup->start();
}

void MainWindow::exportWeeklyReport()
{
    // Last complete ISO week by default: the one the stand-up talks about.
    const QDate lastWeek = QDate::currentDate().addDays(-7);
    int isoYear = 0;
    const int week = lastWeek.weekNumber(&isoYear);
    const QString suggested = tr("baton-report-%1-W%2.pdf").arg(isoYear).arg(week, 2, 10, QLatin1Char('0'));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export weekly report"), suggested,
                                                      tr("PDF document (*.pdf);;PNG image (*.png)"));
    if (path.isEmpty())
        return;
    if (Status s = writeWeeklyReport(m_actions.pipeline(), isoYear, week, path); !s) {
        m_confirmation->showFailure(tr("The report could not be written: %1").arg(s.error()));
        return;
    }
    m_confirmation->showSuccess(tr("Weekly report for week %1 saved to %2").arg(week).arg(QFileInfo(path).fileName()),
                                false);
}

ImportWizard *MainWindow::startImport(ImportKind kind)
{
    const QString why = !m_damage.isEmpty() ? m_actions.whyReadOnly()
                                            : ImportWizard::whyNotImport(m_actions.currentUser(),
                                                                         !m_actions.pipeline().users().isEmpty());
    if (!why.isEmpty()) {
        m_confirmation->showFailure(why);
        return nullptr;
    }
    auto *wizard = new ImportWizard(m_actions.pipeline(), m_theme, kind, m_actions.userId(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, [this] {
        // Written on the wizard's own connection: read everything again, as after another process's commit.
        m_dataVersion = m_actions.pipeline().database().dataVersion();
        reloadFromDatabase();
    });
    wizard->open();
    return wizard;
}

void MainWindow::openLead(const QString &leadId)
{
    if (leadId.isEmpty())
        return;
    if (m_leadPane->isHidden())
        m_leadPaneAction->setChecked(true);
    if (m_leadPane->leadId() != leadId)
        m_leadPane->showLead(leadId);
    if (m_board->selectedLead() != leadId)
        m_board->selectLead(leadId);
}

void MainWindow::setCurrentUser(const QString &userId)
{
    if (userId != m_actions.userId())
        m_actions.setUserId(userId);
    QSettings s;
    if (!userId.isEmpty())
        settings::databaseUser(m_actions.pipeline().database().location()).setValue(s, userId);
    m_filters->setCurrentUser(userId);
    const LeadFilter f = FilterBar::load(s, userId);
    m_filters->setFilter(f);
    if (!f.isEmpty() || !m_board->filter().isEmpty()) // at start the board has read the empty filter already
        m_board->setFilter(f);
    m_tray->setUser(userId);
    m_bell->setUser(userId);
    updateImportActions();
    refreshQueueIfShown();
    m_leadPane->refresh();
    updateUserButton();
}

void MainWindow::chooseUser()
{
    if (const std::optional<QString> id = UserPicker::choose(m_actions.pipeline().users(), m_actions.userId(), this))
        setCurrentUser(*id);
}

void MainWindow::updateUserButton()
{
    const std::optional<User> u = m_actions.currentUser();
    m_user->setText(u ? UserPicker::label(*u) : tr("Choose who you are"));
    m_user->setToolTip(u ? tr("Signed in as %1. Click to switch user.").arg(u->name) : QString());
}

void MainWindow::pollDatabase()
{
    const qint64 version = m_actions.pipeline().database().dataVersion();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    reloadFromDatabase();
}

void MainWindow::reloadFromDatabase()
{
    m_actions.pipeline().reload();
    m_filters->setOwners(m_actions.pipeline().users());
    m_board->refresh();
    refreshQueueIfShown();
    m_leadPane->refresh();
    m_bell->refresh();
    updateUserButton();
    updateImportActions();
    markRefreshed();
}

void MainWindow::startDatabaseCheck()
{
    const Database &db = m_actions.pipeline().database();
    if (m_checkThread || db.isInMemory())
        return;
    m_check = std::make_unique<FileCheck>(db.location());
    FileCheck *check = m_check.get();
    m_checkThread = QThread::create([this, check] {
        const Status s = check->run();
        m_checkResult = s ? QString() : s.error();
    });
    m_checkThread->setParent(this);
    connect(m_checkThread, &QThread::finished, this, &MainWindow::finishDatabaseCheck);
    // Below the UI thread: the window stays responsive on a busy machine.
    m_checkThread->start(QThread::LowPriority);
}

void MainWindow::finishDatabaseCheck()
{
    m_checkThread->wait();
    m_checkThread->deleteLater();
    m_checkThread = nullptr;
    const bool cancelled = m_check->isCancelled();
    m_check.reset();
    if (cancelled)
        return;
    if (!m_checkResult.isEmpty())
        setDatabaseDamaged(m_checkResult);
    Q_EMIT databaseChecked(m_checkResult);
}

void MainWindow::setDatabaseDamaged(const QString &problems)
{
    if (!m_damage.isEmpty())
        return;
    m_damage = problems.isEmpty() ? tr("unknown damage") : problems;
    // Writing to a damaged file can spread the damage: every change is refused, by the
    // actions with a reason and by the connection itself for anything else.
    const QString reason = tr("This database is damaged: Baton does not change it any more.");
    m_actions.refuseChanges(reason);
    if (Status s = m_actions.pipeline().database().refuseWrites(); !s)
        qWarning("Baton: cannot make the damaged database read-only: %s", qPrintable(s.error()));
    m_clockTick->stop(); // the time-based automations write
    updateImportActions();
    m_stateLabel->setText(tr("Damaged: read-only"));
    m_stateLabel->setToolTip(tr("The database check found: %1").arg(m_damage));
    refreshQueueIfShown();
    m_leadPane->refresh();
    m_confirmation->showFailure(reason);

    const QString name = QFileInfo(m_actions.pipeline().database().location()).fileName();
    auto *box =
        new QMessageBox(QMessageBox::Critical, tr("Baton"), tr("%1 is damaged.").arg(name), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("databaseDamaged"));
    box->setInformativeText(
        tr("Baton found errors in this database file. So as not to make them worse, it will not change anything: "
           "you can still look leads up, but not act on them.\n\nClose Baton, keep a copy of the file, and restore "
           "your latest backup (or the .bak copy written before the last upgrade)."));
    box->setDetailedText(m_damage);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::updateImportActions()
{
    // Disabled with the reason, rather than hidden: a rep learns where imports come from.
    const QString why = !m_damage.isEmpty() ? m_actions.whyReadOnly()
                                            : ImportWizard::whyNotImport(m_actions.currentUser(),
                                                                         !m_actions.pipeline().users().isEmpty());
    m_importLeads->setEnabled(why.isEmpty());
    m_importActivities->setEnabled(why.isEmpty());
    m_importLeads->setToolTip(why.isEmpty() ? tr("Read leads from a CSV file: an export from HubSpot, Salesforce or "
                                                 "Pipedrive, or a spreadsheet saved as CSV.")
                                            : why);
    m_importActivities->setToolTip(why.isEmpty() ? tr("Read page views, downloads, webinars and other activities of "
                                                      "known leads from a CSV file.")
                                                 : why);
}

void MainWindow::markRefreshed()
{
    m_refreshLabel->setText(tr("Refreshed %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
}

void MainWindow::restoreSettings()
{
    QSettings s;
    if (const QByteArray g = settings::windowGeometry().value(s); !g.isEmpty())
        restoreGeometry(g);
    if (const QByteArray st = settings::windowState().value(s); !st.isEmpty())
        restoreState(st);
    if (const QByteArray sp = settings::splitterState().value(s); !sp.isEmpty())
        m_splitter->restoreState(sp);
    m_leadPaneAction->setChecked(settings::leadPaneVisible().value(s));
    showView(View(qBound(0, settings::currentView().value(s), int(View::Feedback))));
}

void MainWindow::saveSettings() const
{
    QSettings s;
    settings::windowGeometry().setValue(s, saveGeometry());
    settings::windowState().setValue(s, saveState());
    settings::splitterState().setValue(s, m_splitter->saveState());
    settings::leadPaneVisible().setValue(s, m_leadPaneAction->isChecked());
    settings::currentView().setValue(s, int(currentView()));
}

bool MainWindow::event(QEvent *event)
{
    const bool handled = QMainWindow::event(event);
    // A top-level window paints on UpdateRequest: once it has, the check may take a core.
    if (event->type() == QEvent::UpdateRequest && m_checkAfterPaint) {
        m_checkAfterPaint = false;
        startDatabaseCheck();
    }
    return handled;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace baton
