#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QSplitter;
class QStackedWidget;
class QThread;
class QTimer;
class QToolButton;

namespace baton {

class Board;
class ConfirmationBar;
class FileCheck;
class FeedbackView;
class ImportWizard;
class KpiDashboard;
class FilterBar;
class LeadActions;
class LeadPane;
class NavigationRail;
class NotificationBell;
class Theme;
class TrayNotifier;
class TriageView;
enum class ImportKind;

// UI.md's main window: filters, bell and current user in the toolbar; the rail
// of views on the left; the board (or the queue, ...) in the middle; the lead
// pane on the right. It follows other processes' commits by polling the
// database's data version.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class View { Board, Queue, Kpis, Feedback };
    static constexpr int kPollMs = 2000;

    MainWindow(LeadActions &actions, const Theme &theme, QWidget *parent = nullptr);
    ~MainWindow() override;

    Board *board() const { return m_board; }
    FilterBar *filterBar() const { return m_filters; }
    LeadPane *leadPane() const { return m_leadPane; }
    TriageView *triageView() const { return m_triage; }
    NotificationBell *bell() const { return m_bell; }
    ConfirmationBar *confirmation() const { return m_confirmation; }
    TrayNotifier *trayNotifier() const { return m_tray; }
    // Made on first use (first shown): they are not on the way to the first paint of the board.
    KpiDashboard *kpiDashboard();
    FeedbackView *feedbackView();
    View currentView() const;
    // Opens the import wizard (modal, not blocking) and returns it; it deletes itself when
    // closed. Null, with the reason in the status bar, when the current user may not import.
    ImportWizard *startImport(ImportKind kind);

public Q_SLOTS:
    void showView(baton::MainWindow::View view);
    void openLead(const QString &leadId);
    void startStandup();
    void exportWeeklyReport();
    // Switches to another user of this database (their filters, notifications, undo history).
    void setCurrentUser(const QString &userId);
    void chooseUser();
    // Re-reads everything after another process wrote to the database.
    void reloadFromDatabase();
    // PRAGMA quick_check of the database file on a worker thread, for a database opened
    // with Database::Check::ByCaller: the window shows at once and is checked meanwhile.
    // A damaged file makes the window read-only (see setDatabaseDamaged).
    void startDatabaseCheck();
    // The same, once the window has painted for the first time.
    void startDatabaseCheckAfterFirstPaint() { m_checkAfterPaint = true; }
    // Says that the database is damaged and refuses every change from now on; the
    // board and the rest stay readable, so the user can still look leads up.
    void setDatabaseDamaged(const QString &problems);

Q_SIGNALS:
    // The background check has finished (not when it was cancelled); `problems` is empty when the file is sound.
    void databaseChecked(const QString &problems);

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildToolBar();
    void buildStatusBar();
    QWidget *buildCentre();
    void replaceView(View view, QWidget *widget);
    void refreshQueueIfShown();
    void pollDatabase();
    void updateUserButton();
    void updateImportActions();
    void markRefreshed();
    void finishDatabaseCheck();
    void restoreSettings();
    void saveSettings() const;

    LeadActions &m_actions;
    const Theme &m_theme;
    NavigationRail *m_rail = nullptr;
    QStackedWidget *m_views = nullptr;
    QSplitter *m_splitter = nullptr;
    Board *m_board = nullptr;
    TriageView *m_triage = nullptr;
    KpiDashboard *m_kpis = nullptr;
    FeedbackView *m_feedback = nullptr;
    LeadPane *m_leadPane = nullptr;
    FilterBar *m_filters = nullptr;
    NotificationBell *m_bell = nullptr;
    QToolButton *m_user = nullptr;
    ConfirmationBar *m_confirmation = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_refreshLabel = nullptr;
    QTimer *m_poll = nullptr;
    QTimer *m_clockTick = nullptr;
    qint64 m_dataVersion = 0;
    std::unique_ptr<FileCheck> m_check;
    QThread *m_checkThread = nullptr;
    QString m_checkResult; // written by the check's thread before it finishes
    QString m_damage;      // what is wrong with the database; empty while it is sound
    bool m_checkAfterPaint = false;
    QAction *m_leadPaneAction = nullptr;
    QAction *m_importLeads = nullptr;
    QAction *m_importActivities = nullptr;
    QAction *m_desktopNotifications = nullptr;
    TrayNotifier *m_tray = nullptr;
};

} // namespace baton
