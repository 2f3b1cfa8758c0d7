#include "slidepainter.h"

#include "slidecanvas.h"
#include "standuptext.h"

#include <QPainter>

namespace baton::standup {

namespace {

void paintFooter(SlideCanvas &canvas, const StandupDeck &deck, const SlideFrame &frame)
{
    const StandupTheme &theme = canvas.theme();
    const double top = kReferenceHeight - kFooter;
    canvas.bar(QRectF(SlideCanvas::kLeft, top, SlideCanvas::kWidth, 2), theme.border());
    const QRectF line(SlideCanvas::kLeft, top + 4, SlideCanvas::kWidth, kFooter - 8);

    // Page number at the right, the marker in the rest of the line.
    const QString page = pageText(frame.index, frame.count);
    const double pageWidth = canvas.width(page, kLabel, QFont::DemiBold) + 8;
    canvas.text(line, page, kLabel, theme.text(), QFont::DemiBold, Qt::AlignRight | Qt::AlignVCenter);
    const double right = SlideCanvas::kRight - pageWidth - 40;
    // What changed since the last meeting: the counts stand out from their label.
    const MarkerText marker = markerText(deck.marker, frame.zone);
    const double labelWidth =
        canvas.text(QRectF(SlideCanvas::kLeft, line.y(), right - SlideCanvas::kLeft, line.height()), marker.label,
                    kMeta + 2, theme.secondary());
    const double countsLeft = SlideCanvas::kLeft + labelWidth + 14;
    if (!marker.counts.isEmpty() && countsLeft < right)
        canvas.text(QRectF(countsLeft, line.y(), right - countsLeft, line.height()), marker.counts, kMeta + 2,
                    theme.text(), QFont::DemiBold);
}

// "❚❚ Paused" at the top right, level with the title, while the deck stands still.
void paintPaused(SlideCanvas &canvas)
{
    const StandupTheme &theme = canvas.theme();
    const QString paused = pausedText();
    const double w = canvas.width(paused, kLabel + 4, QFont::Bold) + 8;
    const QRectF box(SlideCanvas::kRight - w, kTop, w, 72);
    canvas.text(box, paused, kLabel + 4, theme.tone(Tone::Warn), QFont::Bold, Qt::AlignRight | Qt::AlignVCenter);
    const double barTop = box.center().y() - 16;
    canvas.bar(QRectF(box.x() - 48, barTop, 10, 32), theme.tone(Tone::Warn));
    canvas.bar(QRectF(box.x() - 30, barTop, 10, 32), theme.tone(Tone::Warn));
}

} // namespace

void paintSlide(QPainter &painter, const QRectF &area, const StandupDeck &deck, const SlideFrame &frame,
                const StandupTheme &theme)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(area, theme.stage());
    SlideCanvas canvas(painter, area, theme);
    if (frame.index >= 0 && frame.index < deck.slides.size()) {
        const StandupSlide &slide = deck.slides.at(frame.index);
        canvas.title(slideTitle(slide), slideSubtitle(slide));
        if (const std::optional<SlideEmptyState> empty = slideEmptyState(slide)) {
            canvas.emptyState(empty->mark, empty->tone, empty->title, empty->sentence);
        } else {
            std::visit([&](const auto &body) { paintSlideBody(canvas, body); }, slide);
        }
    }
    paintFooter(canvas, deck, frame);
    if (frame.paused)
        paintPaused(canvas);
    painter.restore();
}

void paintProgress(QPainter &painter, const QRectF &area, double fraction, bool paused, const StandupTheme &theme)
{
    const StandupScale scale = StandupScale::forSize(area.width(), area.height());
    const QRectF track(area.left(), area.top(), area.width(), std::max(2.0, scale(kProgress)));
    QColor trackColor = theme.border();
    trackColor.setAlpha(theme.isDark() ? 160 : 255);
    painter.fillRect(track, trackColor);
    QRectF filled = track;
    filled.setWidth(track.width() * std::clamp(fraction, 0.0, 1.0));
    painter.fillRect(filled, paused ? theme.tone(Tone::Warn) : theme.accent());
}

} // namespace baton::standup
