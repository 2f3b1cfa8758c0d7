#pragma once

#include "domain/stage.h"
#include "storage/leadquery.h"

#include <QAbstractListModel>

namespace baton {

// The leads of one stage, as the board's column shows them. Rows arrive a page
// at a time as the view scrolls (canFetchMore/fetchMore); sorting and filtering
// happen in SQL. Each page is read and its statement finished at once.
class StageColumnModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;
    static inline const QString kMimeType = QStringLiteral("application/x-baton-lead-ids");

    StageColumnModel(LeadQuery &query, Stage stage, QObject *parent = nullptr);

    Stage stage() const { return m_stage; }
    const LeadFilter &filter() const { return m_filter; }
    // Drops every row; the view fetches the first page of the new filter.
    void setFilter(const LeadFilter &filter);
    // Re-reads as many rows as are loaded, changing rows in place so the view
    // keeps its scroll position.
    void refresh();
    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    // A folded column shows no cards: inactive, it drops its rows and reads none (no
    // fetch, no refresh) until it is active again.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // The time the breached filter compares deadlines with; takes effect at the next read.
    void setNow(Timestamp now) { m_filter.now = now; }

    int rowOf(const QString &leadId) const;
    const LeadSummary &lead(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // A card is dragged as its lead id; the board decides what a drop means.
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    static QStringList leadIds(const QMimeData *mime);

private:
    QString tooltip(const LeadSummary &lead) const;

    LeadQuery &m_query;
    Stage m_stage;
    LeadFilter m_filter;
    QList<LeadSummary> m_rows;
    bool m_exhausted = false;
    bool m_active = true;
    bool m_reading = false;
    int m_pageSize = kPageSize;
};

} // namespace baton
