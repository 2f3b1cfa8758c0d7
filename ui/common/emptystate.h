#pragma once

#include "glyph.h"

#include <QWidget>

namespace baton {

class Theme;

// A view with nothing to show says why, with an icon and one sentence, instead
// of leaving a blank pane.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    EmptyState(const Theme &theme, Glyph glyph, const QString &title, const QString &sentence,
               QWidget *parent = nullptr);
};

} // namespace baton
