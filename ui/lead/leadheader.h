#pragma once

#include "common/glyph.h"
#include "common/theme.h"

#include "domain/lead.h"
#include "domain/pipelineconfig.h"

#include <QWidget>

namespace baton {

// The top of the lead pane, painted: name and score pill, company and title, then
// chips for stage, review status, the review countdown, urgency and the owner.
class LeadHeader : public QWidget
{
    Q_OBJECT

public:
    struct Chip
    {
        QString text;
        Theme::Token tone = Theme::Token::TextSecondary;
        QString toolTip;
        std::optional<Glyph> glyph;
    };

    explicit LeadHeader(QWidget *parent = nullptr);

    void setLead(const Lead &lead, const QString &ownerName, const PipelineConfig &config, Timestamp now);
    // Re-reads only the countdown (called by the pane's minute timer).
    void setNow(Timestamp now);

    QString name() const { return m_name; }
    QString subtitle() const { return m_subtitle; }
    const QList<Chip> &chips() const { return m_chips; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    void buildChips();
    // Chip rectangles laid out in rows at `width`, starting at `top`.
    QList<QRect> chipRects(int width, int top) const;
    int chipsTop() const;

    Lead m_lead;
    QString m_owner;
    PipelineConfig m_config;
    Timestamp m_now = 0;
    QString m_name;
    QString m_subtitle;
    QList<Chip> m_chips;
};

} // namespace baton
