#pragma once

#include "domain/clock.h"
#include "kpi/standupdeck.h"

#include <QPixmap>
#include <QTimer>
#include <QTimeZone>
#include <QWidget>

#include <optional>

namespace baton {

class PipelineService;

// Stand-up mode: the weekly meeting's slides, full screen on a meeting-room display
// (PRODUCT.md and UI.md "Stand-up mode"). Read-only: nothing on it takes input but the
// keys — Right / Page Down next, Left / Page Up previous, Space pauses and resumes,
// Esc closes. Slides advance every `intervalSeconds`; the deck is rebuilt when the
// database changes (polled every 3 s, reloaded at most every 15 s, and every 5 min
// anyway as overdue times grow) and keeps the slide on screen.
//
// Testing seam: auto-advance and the reload throttle are timed by a Clock (the system
// clock unless setTimingClock() gives another). A frame timer calls tick() while the
// window is shown; a test moves a ManualClock and calls tick() itself, so no test
// waits for an interval. The data's "now" (asof) is the pipeline's clock.
class StandupWindow : public QWidget
{
    Q_OBJECT

public:
    struct Options
    {
        int screen = -1; // index into QGuiApplication::screens(); -1: the primary screen
        int intervalSeconds = 20;
        bool dark = true;
    };

    StandupWindow(PipelineService &pipeline, Options options, QWidget *parent = nullptr);
    ~StandupWindow() override;

    // Records this stand-up in the database (for the next one's "since last stand-up"
    // marker), then shows the deck full screen on the chosen screen with the cursor hidden.
    void start();

    // Reloads the deck now (the poll does it when the database changes); the slide stays.
    void refresh();

    void setTimingClock(const Clock &clock);
    // Advances to the next slide once the interval has run on the timing clock (unless paused).
    void tick();

    void showSlide(int index); // wraps around at both ends
    void next() { showSlide(m_index + 1); }
    void previous() { showSlide(m_index - 1); }
    void setPaused(bool paused);

    int currentSlide() const { return m_index; }
    int slideCount() const { return int(m_deck.slides.size()); }
    bool isPaused() const { return m_paused; }
    double progress() const; // share of the interval elapsed on this slide, 0 to 1
    const StandupDeck &deck() const { return m_deck; }
    const Options &options() const { return m_options; }

    // The slide `index` as it looks on a screen of `size` (for exports and tests).
    QImage renderSlide(int index, QSize size) const;

Q_SIGNALS:
    void closed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void pollDatabase();
    void restartInterval();
    void invalidate();
    qint64 intervalMs() const;

    PipelineService &m_pipeline;
    Options m_options;
    SystemClock m_systemClock;
    const Clock *m_clock = &m_systemClock;
    QTimeZone m_zone = QTimeZone::systemTimeZone();

    StandupDeck m_deck;
    std::optional<Timestamp> m_markerSince;
    int m_index = 0;
    bool m_paused = false;
    qint64 m_elapsedMs = 0;              // on the current slide, not counting pauses
    std::optional<Timestamp> m_lastTick; // timing clock at the last tick
    bool m_closedEmitted = false;

    // What the database looked like at the last load; a change reloads.
    qint64 m_dataVersion = -1;
    qint64 m_lastEventId = -1;
    Timestamp m_loadedAt = 0;

    QTimer m_frameTimer; // progress line and auto-advance
    QTimer m_pollTimer;  // database changes
    QPixmap m_cache;     // the current slide without the progress line
};

} // namespace baton
