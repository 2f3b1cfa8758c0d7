#pragma once

#include "glyph.h"

#include <QWidget>

class QButtonGroup;
class QVBoxLayout;

namespace baton {

class Theme;

// The left rail of the main window: one button per view, icon above its name.
class NavigationRail : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kWidth = 88;

    explicit NavigationRail(const Theme &theme, QWidget *parent = nullptr);

    int addView(Glyph glyph, const QString &text, const QString &toolTip);
    int current() const;
    void setCurrent(int view);

Q_SIGNALS:
    void currentChanged(int view);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    const Theme &m_theme;
    QButtonGroup *m_group;
    QVBoxLayout *m_layout;
};

} // namespace baton
