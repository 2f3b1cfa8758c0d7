#include "standupwindow.h"

#include "pipeline/pipelineservice.h"
#include "slidepainter.h"
#include "standuptheme.h"
#include "storage/database.h"
#include "storage/standupsource.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QPainter>
#include <QScreen>

#include <cmath>

namespace baton {

namespace {
Q_LOGGING_CATEGORY(lcStandup, "baton.standup")

constexpr int kFrameMs = 40;                         // progress line: 25 frames a second
constexpr int kPollMs = 3000;                        // database changes
constexpr qint64 kMinRefreshMs = 15'000;             // a busy database reloads at most this often
constexpr qint64 kReloadAnywayMs = 5 * kMsPerMinute; // overdue times and "now" move on
} // namespace

StandupWindow::StandupWindow(PipelineService &pipeline, Options options, QWidget *parent)
    : QWidget(parent, Qt::Window), m_pipeline(pipeline), m_options(options)
{
    m_options.intervalSeconds = std::max(1, m_options.intervalSeconds);
    setWindowTitle(tr("Baton stand-up"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::BlankCursor);
    setMinimumSize(480, 270);

    m_frameTimer.setInterval(kFrameMs);
    connect(&m_frameTimer, &QTimer::timeout, this, &StandupWindow::tick);
    m_pollTimer.setInterval(kPollMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &StandupWindow::pollDatabase);

    // Until start() records this run, the marker counts from the last recorded one.
    m_markerSince = standupMarkerSince(m_pipeline.database(), m_pipeline.clock().now());
    refresh();
}

StandupWindow::~StandupWindow() = default;

void StandupWindow::start()
{
    m_closedEmitted = false;
    Status saved;
    m_markerSince = recordStandupRun(m_pipeline.database(), m_pipeline.clock().now(), &saved).markerSince;
    if (!saved)
        qCWarning(lcStandup) << "Could not record this stand-up:" << saved.error();
    refresh();

    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *target = QGuiApplication::primaryScreen();
    if (m_options.screen >= 0 && m_options.screen < screens.size())
        target = screens.at(m_options.screen);
    else if (m_options.screen >= 0)
        qCWarning(lcStandup) << "No screen" << m_options.screen << "- using the primary screen";
    if (target) {
        setScreen(target);
        setGeometry(target->geometry());
    }
    showSlide(0);
    showFullScreen();
    raise();
    activateWindow();
    setFocus(Qt::OtherFocusReason);
}

void StandupWindow::refresh()
{
    Database &db = m_pipeline.database();
    const Timestamp asof = m_pipeline.clock().now();
    m_dataVersion = db.dataVersion();
    m_lastEventId = m_pipeline.events().lastId();
    m_deck = buildStandupDeck(loadStandupInput(db, asof), loadStandupSource(db), asof, m_markerSince);
    m_loadedAt = m_clock->now();
    m_index = std::clamp(m_index, 0, std::max(0, slideCount() - 1));
    invalidate();
}

void StandupWindow::pollDatabase()
{
    Database &db = m_pipeline.database();
    // data_version moves when another connection commits; the last event id also
    // catches this connection's own writes (the main window's, in the same process).
    // Loading blocks the window for a moment (a quarter second on 2 000 leads), so a
    // database that keeps changing during the meeting reloads every 15 s, not every poll.
    const qint64 sinceLoad = m_clock->now() - m_loadedAt;
    if (sinceLoad >= kReloadAnywayMs)
        refresh();
    else if (sinceLoad >= kMinRefreshMs
             && (db.dataVersion() != m_dataVersion || m_pipeline.events().lastId() != m_lastEventId))
        refresh();
}

void StandupWindow::setTimingClock(const Clock &clock)
{
    m_clock = &clock;
    m_loadedAt = clock.now();
    restartInterval();
}

void StandupWindow::tick()
{
    const Timestamp now = m_clock->now();
    const qint64 step = m_lastTick ? std::max<qint64>(0, now - *m_lastTick) : 0;
    m_lastTick = now;
    if (m_paused || slideCount() == 0)
        return;
    m_elapsedMs += step;
    if (m_elapsedMs >= intervalMs()) {
        next();
        return;
    }
    const standup::StandupScale scale = standup::StandupScale::forSize(width(), height());
    update(0, 0, width(), int(std::ceil(std::max(2.0, scale(standup::kProgress)))) + 1);
}

void StandupWindow::showSlide(int index)
{
    const int count = slideCount();
    m_index = count == 0 ? 0 : ((index % count) + count) % count;
    restartInterval();
    invalidate();
}

void StandupWindow::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    m_lastTick = m_clock->now();
    invalidate();
}

double StandupWindow::progress() const
{
    return std::clamp(double(m_elapsedMs) / double(intervalMs()), 0.0, 1.0);
}

qint64 StandupWindow::intervalMs() const
{
    return qint64(m_options.intervalSeconds) * 1000;
}

void StandupWindow::restartInterval()
{
    m_elapsedMs = 0;
    m_lastTick = m_clock->now();
    update();
}

void StandupWindow::invalidate()
{
    m_cache = QPixmap();
    update();
}

QImage StandupWindow::renderSlide(int index, QSize size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    const standup::StandupTheme theme(m_options.dark);
    standup::SlideFrame frame{index, slideCount(), m_paused, m_zone};
    standup::paintSlide(painter, QRectF(QPointF(0, 0), QSizeF(size)), m_deck, frame, theme);
    standup::paintProgress(painter, QRectF(QPointF(0, 0), QSizeF(size)), progress(), m_paused, theme);
    return image;
}

void StandupWindow::paintEvent(QPaintEvent *)
{
    const standup::StandupTheme theme(m_options.dark);
    const qreal dpr = devicePixelRatioF();
    if (m_cache.isNull() || m_cache.size() != size() * dpr) {
        m_cache = QPixmap(size() * dpr);
        m_cache.setDevicePixelRatio(dpr);
        QPainter cachePainter(&m_cache);
        standup::paintSlide(cachePainter, QRectF(rect()), m_deck, {m_index, slideCount(), m_paused, m_zone}, theme);
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_cache);
    standup::paintProgress(painter, QRectF(rect()), progress(), m_paused, theme);
}

void StandupWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_PageDown: // presentation clickers send Page Up / Page Down
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_PageUp: previous(); break;
    case Qt::Key_Space: setPaused(!m_paused); break;
    case Qt::Key_Escape: close(); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void StandupWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    invalidate();
}

void StandupWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    restartInterval();
    m_frameTimer.start();
    m_pollTimer.start();
}

void StandupWindow::hideEvent(QHideEvent *event)
{
    m_frameTimer.stop();
    m_pollTimer.stop();
    QWidget::hideEvent(event);
}

void StandupWindow::closeEvent(QCloseEvent *event)
{
    QWidget::closeEvent(event);
    if (!m_closedEmitted) {
        m_closedEmitted = true;
        Q_EMIT closed();
    }
}

} // namespace baton
