#pragma once

#include "common/theme.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace baton::importlook {

// The few looks the import pages share, so each page does not restyle them.

// A sentence in the theme's `bad` colour that says what stops the import; hidden when empty.
inline QLabel *problemLabel(const Theme &theme, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, theme.color(Theme::Token::Bad));
    label->setPalette(pal);
    label->hide();
    return label;
}

inline void setProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

// Secondary text: counts, explanations.
inline QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

inline QLabel *headingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setFont(Theme::font(Theme::kHeading, QFont::DemiBold));
    return label;
}

inline void setTableLook(QTableView *view)
{
    view->setAlternatingRowColors(false);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setShowGrid(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->verticalHeader()->setHighlightSections(false);
    view->verticalHeader()->setDefaultSectionSize(Theme::kGrid * 3 + 4);
}

// A page's layout: its content lines up with the wizard's title and buttons.
inline QVBoxLayout *pageLayout(QWidget *page)
{
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, Theme::kGrid, 0, 0);
    layout->setSpacing(Theme::kGrid);
    return layout;
}

// 1 204 (grouped as the locale does): counts people read.
inline QString count(qsizetype n)
{
    return QLocale().toString(qlonglong(n));
}

} // namespace baton::importlook
