#pragma once

#include "kpi/standupdeck.h"
#include "standuptheme.h"

#include <QRectF>
#include <QString>
#include <QTimeZone>

class QPainter;

namespace baton::standup {

class SlideCanvas;

// What the frame around a slide shows besides the slide itself.
struct SlideFrame
{
    int index = 0;
    int count = 0;
    bool paused = false;
    QTimeZone zone = QTimeZone::systemTimeZone(); // for the marker's "since" time
};

// A slide's title, and what it says instead of a list when it has nothing to list.
QString slideTitle(const StandupSlide &slide);
QString slideSubtitle(const StandupSlide &slide); // the period, the totals
struct SlideEmptyState
{
    QString mark; // "✓" for good news, "○" for nothing to report
    Tone tone = Tone::Neutral;
    QString title;
    QString sentence;
};
std::optional<SlideEmptyState> slideEmptyState(const StandupSlide &slide); // nullopt: the slide has content

// Paints slide `frame.index` of `deck` with its title, footer, marker and page number
// into `area` (any size: the 1080p layout scales with it). Never blank: a slide with
// nothing to list paints its empty state.
void paintSlide(QPainter &painter, const QRectF &area, const StandupDeck &deck, const SlideFrame &frame,
                const StandupTheme &theme);

// The progress line along the top edge: `fraction` of the slide interval has passed.
void paintProgress(QPainter &painter, const QRectF &area, double fraction, bool paused, const StandupTheme &theme);

// Each slide's body under its title when it has something to show (slides.cpp).
void paintSlideBody(SlideCanvas &canvas, const StandupWeekSlide &slide);
void paintSlideBody(SlideCanvas &canvas, const StandupHotSlide &slide);
void paintSlideBody(SlideCanvas &canvas, const StandupStuckSlide &slide);
void paintSlideBody(SlideCanvas &canvas, const StandupBreachSlide &slide);
void paintSlideBody(SlideCanvas &canvas, const StandupFeedbackSlide &slide);
void paintSlideBody(SlideCanvas &canvas, const StandupTargetSlide &slide);
void paintSlideBody(SlideCanvas &canvas, const StandupWinSlide &slide);

} // namespace baton::standup
