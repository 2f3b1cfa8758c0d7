#pragma once

#include "domain/user.h"
#include "storage/leadquery.h"

#include <QWidget>

#include <functional>

class QLineEdit;
class QMenu;
class QSettings;
class QTimer;
class QToolButton;

namespace baton {

class Theme;

// The board's filters, as UI.md's toolbar shows them: search, My leads, Owner,
// Source, Campaign, Score range, urgent and breached. They combine; typing is
// debounced so a search reads the database once the user pauses.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kSearchDebounceMs = 150;

    explicit FilterBar(const Theme &theme, QWidget *parent = nullptr);

    LeadFilter filter() const { return m_filter; }
    // Shows `filter` without emitting filterChanged.
    void setFilter(const LeadFilter &filter);

    void setCurrentUser(const QString &userId);
    void setOwners(const QList<User> &users);
    void setThresholds(int mql, int sql);
    // Read when the menu opens, so new sources and campaigns appear without a restart.
    void setSourceProvider(std::function<QStringList()> provider) { m_sources = std::move(provider); }
    void setCampaignProvider(std::function<QStringList()> provider) { m_campaigns = std::move(provider); }

    QLineEdit *searchField() const { return m_search; }

    // Per-user memory of the filters (STYLE.md #12 keys).
    static LeadFilter load(const QSettings &settings, const QString &userId);
    static void save(QSettings &settings, const QString &userId, const LeadFilter &filter);

Q_SIGNALS:
    void filterChanged(const LeadFilter &filter);

private:
    void change(const std::function<void(LeadFilter &)> &edit);
    void updateButtons();
    void fillChoiceMenu(QMenu *menu, const QStringList &values, const QString &anyText, const QString &current,
                        const std::function<void(const QString &)> &apply);
    void fillScoreMenu(QMenu *menu);
    QString ownerName(const QString &id) const;

    const Theme &m_theme;
    LeadFilter m_filter;
    QList<User> m_owners;
    int m_mql = 40;
    int m_sql = 70;
    std::function<QStringList()> m_sources;
    std::function<QStringList()> m_campaigns;

    QLineEdit *m_search;
    QTimer *m_debounce;
    QToolButton *m_mine;
    QToolButton *m_owner;
    QToolButton *m_source;
    QToolButton *m_campaign;
    QToolButton *m_score;
    QToolButton *m_urgent;
    QToolButton *m_breached;
    QToolButton *m_clear;
};

} // namespace baton
