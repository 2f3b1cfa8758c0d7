#pragma once

#include "domain/stage.h"
#include "storage/leadquery.h"

#include <QWidget>

class QLabel;
class QMimeData;
class QToolButton;

namespace baton {

class CardListView;
class StageColumnModel;
class Theme;

// One stage of the board: a header with the stage's name, count and deal sum,
// and its list of cards. It is also the drop target for cards dragged from
// other columns; what a drop means is the board's decision (leadDropped).
class StageColumn : public QWidget
{
    Q_OBJECT

public:
    // While a card is dragged: a stage it may go to, one it may not, or neither
    // (the column it comes from, or no drag).
    enum class DropState { Idle, Allowed, Dimmed };

    static constexpr int kWidth = 280;
    static constexpr int kFoldedWidth = 44;

    StageColumn(Stage stage, StageColumnModel *model, const Theme &theme, QWidget *parent = nullptr);

    Stage stage() const { return m_stage; }
    CardListView *view() const { return m_view; }
    StageColumnModel *model() const { return m_model; }

    void setTotals(const StageTotals &totals, bool filtered);
    QString headerText() const; // plain text of the header, for tests and accessibility

    void setFoldable(bool foldable);
    bool isFolded() const { return m_folded; }
    void setFolded(bool folded);

    DropState dropState() const { return m_dropState; }
    void setDropState(DropState state);

Q_SIGNALS:
    void leadDropped(const QString &leadId, Stage to);
    void foldedChanged(bool folded);

protected:
    void paintEvent(QPaintEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool acceptsDrop(const QMimeData *mime) const;
    void updateHeader();
    QColor teamColor() const;

    Stage m_stage;
    StageColumnModel *m_model;
    const Theme &m_theme;
    QLabel *m_title;
    QToolButton *m_fold;
    CardListView *m_view;
    StageTotals m_totals;
    bool m_filtered = false;
    bool m_folded = false;
    bool m_dropHover = false;
    DropState m_dropState = DropState::Idle;
};

} // namespace baton
