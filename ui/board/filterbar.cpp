#include "filterbar.h"

#include "common/glyph.h"
#include "common/settingskeys.h"
#include "common/theme.h"

#include <QActionGroup>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTimer>
#include <QToolButton>

namespace baton {

namespace {
constexpr int kSearchWidth = 220;

QToolButton *makeButton(const QString &text, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setAutoRaise(true);
    b->setFocusPolicy(Qt::TabFocus);
    return b;
}

QToolButton *makeMenuButton(const QString &text, QWidget *parent)
{
    QToolButton *b = makeButton(text, parent);
    b->setPopupMode(QToolButton::InstantPopup);
    b->setMenu(new QMenu(b));
    return b;
}
} // namespace

FilterBar::FilterBar(const Theme &theme, QWidget *parent)
    : QWidget(parent),
      m_theme(theme),
      m_search(new QLineEdit(this)),
      m_debounce(new QTimer(this)),
      m_mine(makeButton(tr("My leads"), this)),
      m_owner(makeMenuButton(tr("Owner"), this)),
      m_source(makeMenuButton(tr("Source"), this)),
      m_campaign(makeMenuButton(tr("Campaign"), this)),
      m_score(makeMenuButton(tr("Score"), this)),
      m_urgent(makeButton(tr("Urgent"), this)),
      m_breached(makeButton(tr("Breached"), this)),
      m_clear(makeButton(tr("Clear"), this))
{
    using Token = Theme::Token;
    const QColor secondary = theme.color(Token::TextSecondary);

    m_search->setPlaceholderText(tr("Search leads…"));
    m_search->setToolTip(tr("Finds leads by name, company or e-mail (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(glyphIcon(Glyph::Search, secondary, {}, 16), QLineEdit::LeadingPosition);
    m_search->setFixedWidth(kSearchWidth);
    m_search->setAccessibleName(tr("Search leads"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDebounceMs);
    connect(m_search, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_filter.text.isEmpty())
            m_debounce->start(0); // the clear button answers at once
    });
    connect(m_debounce, &QTimer::timeout, this, [this] {
        const QString text = m_search->text().trimmed();
        if (text != m_filter.text)
            change([&](LeadFilter &f) { f.text = text; });
    });

    m_mine->setCheckable(true);
    m_mine->setIcon(glyphIcon(Glyph::Person, secondary));
    m_mine->setToolTip(tr("Only the leads you own"));
    connect(m_mine, &QToolButton::toggled, this, [this](bool on) { change([&](LeadFilter &f) { f.mine = on; }); });

    m_urgent->setCheckable(true);
    m_urgent->setIcon(glyphIcon(Glyph::Flag, theme.color(Token::Warn)));
    m_urgent->setToolTip(tr("Only urgent leads (demo requests)"));
    connect(m_urgent, &QToolButton::toggled, this,
            [this](bool on) { change([&](LeadFilter &f) { f.urgentOnly = on; }); });

    m_breached->setCheckable(true);
    m_breached->setIcon(glyphIcon(Glyph::Stopwatch, theme.color(Token::Bad)));
    m_breached->setToolTip(tr("Only SALs past their review deadline"));
    connect(m_breached, &QToolButton::toggled, this,
            [this](bool on) { change([&](LeadFilter &f) { f.breachedOnly = on; }); });

    m_clear->setToolTip(tr("Show every lead"));
    connect(m_clear, &QToolButton::clicked, this, [this] {
        LeadFilter none;
        none.me = m_filter.me;
        setFilter(none);
        Q_EMIT filterChanged(m_filter);
    });

    connect(m_owner->menu(), &QMenu::aboutToShow, this, [this] {
        QStringList ids;
        for (const User &u : std::as_const(m_owners)) {
            if (isSalesRole(u.role))
                ids << u.id;
        }
        QMenu *menu = m_owner->menu();
        menu->clear();
        auto *group = new QActionGroup(menu);
        auto add = [&](const QString &text, const QString &id) {
            QAction *a = menu->addAction(text, this, [this, id] { change([&](LeadFilter &f) { f.owner = id; }); });
            a->setCheckable(true);
            a->setChecked(m_filter.owner == id);
            group->addAction(a);
        };
        add(tr("Anyone"), QString());
        menu->addSeparator();
        for (const QString &id : std::as_const(ids))
            add(ownerName(id), id);
    });
    connect(m_source->menu(), &QMenu::aboutToShow, this, [this] {
        fillChoiceMenu(m_source->menu(), m_sources ? m_sources() : QStringList(), tr("Any source"), m_filter.source,
                       [this](const QString &v) { change([&](LeadFilter &f) { f.source = v; }); });
    });
    connect(m_campaign->menu(), &QMenu::aboutToShow, this, [this] {
        fillChoiceMenu(m_campaign->menu(), m_campaigns ? m_campaigns() : QStringList(), tr("Any campaign"),
                       m_filter.campaign, [this](const QString &v) { change([&](LeadFilter &f) { f.campaign = v; }); });
    });
    connect(m_score->menu(), &QMenu::aboutToShow, this, [this] { fillScoreMenu(m_score->menu()); });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addSpacing(Theme::kGrid);
    for (QToolButton *b : {m_mine, m_owner, m_source, m_campaign, m_score, m_urgent, m_breached, m_clear})
        layout->addWidget(b);
    updateButtons();
}

void FilterBar::setFilter(const LeadFilter &filter)
{
    m_filter = filter;
    m_debounce->stop();
    if (m_search->text().trimmed() != filter.text)
        m_search->setText(filter.text);
    updateButtons();
}

void FilterBar::setCurrentUser(const QString &userId)
{
    m_filter.me = userId;
}

void FilterBar::setOwners(const QList<User> &users)
{
    m_owners = users;
    updateButtons();
}

void FilterBar::setThresholds(int mql, int sql)
{
    m_mql = mql;
    m_sql = sql;
    updateButtons();
}

void FilterBar::change(const std::function<void(LeadFilter &)> &edit)
{
    LeadFilter f = m_filter;
    edit(f);
    if (f == m_filter)
        return;
    m_filter = f;
    updateButtons();
    Q_EMIT filterChanged(m_filter);
}

QString FilterBar::ownerName(const QString &id) const
{
    for (const User &u : m_owners) {
        if (u.id == id)
            return u.name;
    }
    return id;
}

void FilterBar::updateButtons()
{
    const QSignalBlocker b1(m_mine), b2(m_urgent), b3(m_breached);
    m_mine->setChecked(m_filter.mine);
    m_urgent->setChecked(m_filter.urgentOnly);
    m_breached->setChecked(m_filter.breachedOnly);
    m_owner->setText(m_filter.owner.isEmpty() ? tr("Owner") : tr("Owner: %1").arg(ownerName(m_filter.owner)));
    m_source->setText(m_filter.source.isEmpty() ? tr("Source") : tr("Source: %1").arg(m_filter.source));
    m_campaign->setText(m_filter.campaign.isEmpty() ? tr("Campaign") : tr("Campaign: %1").arg(m_filter.campaign));
    QString score = tr("Score");
    if (m_filter.minScore && m_filter.maxScore)
        score = tr("Score %1–%2").arg(*m_filter.minScore).arg(*m_filter.maxScore);
    else if (m_filter.minScore)
        score = tr("Score ≥ %1").arg(*m_filter.minScore);
    else if (m_filter.maxScore)
        score = tr("Score ≤ %1").arg(*m_filter.maxScore);
    m_score->setText(score);

    // A filter that narrows the board shows in the accent colour, so a half-empty
    // board never looks like missing data.
    const QColor active = m_theme.color(Theme::Token::Accent);
    const QColor normal = m_theme.color(Theme::Token::Text);
    const auto tint = [&](QToolButton *b, bool on) {
        QPalette p = b->palette();
        p.setColor(QPalette::ButtonText, on ? active : normal);
        b->setPalette(p);
        QFont f = b->font();
        f.setWeight(on ? QFont::DemiBold : QFont::Normal);
        b->setFont(f);
    };
    tint(m_owner, !m_filter.owner.isEmpty());
    tint(m_source, !m_filter.source.isEmpty());
    tint(m_campaign, !m_filter.campaign.isEmpty());
    tint(m_score, m_filter.minScore || m_filter.maxScore);
    tint(m_mine, m_filter.mine);
    tint(m_urgent, m_filter.urgentOnly);
    tint(m_breached, m_filter.breachedOnly);
    m_clear->setVisible(!m_filter.isEmpty());
}

void FilterBar::fillChoiceMenu(QMenu *menu, const QStringList &values, const QString &anyText, const QString &current,
                               const std::function<void(const QString &)> &apply)
{
    menu->clear();
    auto *group = new QActionGroup(menu);
    auto add = [&](const QString &text, const QString &value) {
        QAction *a = menu->addAction(text, this, [apply, value] { apply(value); });
        a->setCheckable(true);
        a->setChecked(current == value);
        group->addAction(a);
    };
    add(anyText, QString());
    if (!values.isEmpty())
        menu->addSeparator();
    for (const QString &v : values)
        add(v, v);
}

void FilterBar::fillScoreMenu(QMenu *menu)
{
    menu->clear();
    auto *group = new QActionGroup(menu);
    auto add = [&](const QString &text, std::optional<int> min, std::optional<int> max) {
        QAction *a = menu->addAction(text, this, [this, min, max] {
            change([&](LeadFilter &f) {
                f.minScore = min;
                f.maxScore = max;
            });
        });
        a->setCheckable(true);
        a->setChecked(m_filter.minScore == min && m_filter.maxScore == max);
        group->addAction(a);
    };
    add(tr("Any score"), std::nullopt, std::nullopt);
    menu->addSeparator();
    add(tr("Below MQL (under %1)").arg(m_mql), std::nullopt, m_mql - 1);
    add(tr("MQL, not yet sales-ready (%1–%2)").arg(m_mql).arg(m_sql - 1), m_mql, m_sql - 1);
    add(tr("Sales-ready (%1 and more)").arg(m_sql), m_sql, std::nullopt);
}

LeadFilter FilterBar::load(const QSettings &s, const QString &userId)
{
    const settings::BoardFilterKeys k = settings::boardFilter(userId);
    LeadFilter f;
    f.text = k.text.value(s);
    f.mine = k.mine.value(s);
    f.owner = k.owner.value(s);
    f.source = k.source.value(s);
    f.campaign = k.campaign.value(s);
    if (const int v = k.minScore.value(s); v != settings::kNoScore)
        f.minScore = v;
    if (const int v = k.maxScore.value(s); v != settings::kNoScore)
        f.maxScore = v;
    f.urgentOnly = k.urgentOnly.value(s);
    f.breachedOnly = k.breachedOnly.value(s);
    f.me = userId;
    return f;
}

void FilterBar::save(QSettings &s, const QString &userId, const LeadFilter &f)
{
    const settings::BoardFilterKeys k = settings::boardFilter(userId);
    k.text.setValue(s, f.text);
    k.mine.setValue(s, f.mine);
    k.owner.setValue(s, f.owner);
    k.source.setValue(s, f.source);
    k.campaign.setValue(s, f.campaign);
    k.minScore.setValue(s, f.minScore.value_or(settings::kNoScore));
    k.maxScore.setValue(s, f.maxScore.value_or(settings::kNoScore));
    k.urgentOnly.setValue(s, f.urgentOnly);
    k.breachedOnly.setValue(s, f.breachedOnly);
}

} // namespace baton
