#pragma once

#include "common/theme.h"
#include "kpiformat.h"

#include <QFrame>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace baton {

// One KPI on the dashboard: its name, its value in 28 px tabular figures, the change
// from the previous period (arrow, colour and words) and, where PRODUCT.md defines
// one, its target band with a verdict (colour, mark and words: never colour alone).
class KpiTile : public QFrame
{
    Q_OBJECT

public:
    KpiTile(const Theme &theme, const KpiInfo &info, QWidget *parent = nullptr);

    void setValues(std::optional<double> current, std::optional<double> previous, const TargetContext &context);

    QString kpiId() const { return m_info.id; }
    QString valueText() const;
    QString changeText() const;
    QString targetText() const;
    std::optional<double> value() const { return m_value; }
    TargetState targetState() const { return m_target; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitFigure();

    Theme m_theme;
    KpiInfo m_info;
    std::optional<double> m_value;
    TargetState m_target = TargetState::None;
    Theme::Token m_accent = Theme::Token::Border;
    QLabel *m_name;
    QLabel *m_figure;
    QLabel *m_change;
    QLabel *m_targetLabel;
};

} // namespace baton
