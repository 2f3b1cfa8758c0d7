#pragma once

#include "domain/stage.h"
#include "storage/leadquery.h"

#include <QWidget>

#include <array>

class QScrollArea;
class QTimer;

namespace baton {

class BoardModel;
class CardDelegate;
class LeadActions;
class StageColumn;
class Theme;

// The pipeline board: one column per stage, each a lazily fetching list of
// cards painted by one delegate. Dragging a card highlights the stages it may
// go to (moverules) and dims the others; a drop becomes a LeadActions::move,
// asking first for a reason or an amount when the move needs one.
class Board : public QWidget
{
    Q_OBJECT

public:
    Board(LeadActions &actions, const Theme &theme, QWidget *parent = nullptr);
    ~Board() override;

    BoardModel *model() const { return m_model; }
    StageColumn *column(Stage stage) const;

    LeadFilter filter() const;
    void setFilter(const LeadFilter &filter);

    QString selectedLead() const { return m_selected; }
    void selectLead(const QString &leadId);

    // What a drop of `leadId` on `to` does; true when the lead moved. Refusals
    // leave the card where it was and say why (statusMessage or actions' failed).
    bool dropLead(const QString &leadId, Stage to);

    // Highlights the stages a lead in `from` may go to and dims the others.
    void showDropTargets(Stage from, ReviewStatus review);
    void clearDropTargets();

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void leadSelected(const QString &leadId);
    void leadActivated(const QString &leadId);
    void statusMessage(const QString &message);

private:
    void addColumn(Stage stage, QWidget *host);
    void onSelectionChanged(StageColumn *column);
    void restoreSelection();
    void updateHeaders();
    void showContextMenu(const QModelIndex &index, const QPoint &globalPos);

    LeadActions &m_actions;
    const Theme &m_theme;
    BoardModel *m_model;
    CardDelegate *m_delegate;
    QScrollArea *m_scroll;
    std::array<StageColumn *, kAllStages.size()> m_columns{};
    QTimer *m_countdownTimer;
    QTimer *m_autoScroll;
    QString m_selected;
    bool m_restoring = false;
    int m_ticks = 0;
};

} // namespace baton
