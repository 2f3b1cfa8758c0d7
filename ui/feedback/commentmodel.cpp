#include "commentmodel.h"

namespace baton {

void CommentModel::setRows(QList<CommentRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void CommentModel::setRead(qint64 eventId, const std::optional<FeedbackRead> &read, const QString &byName)
{
    const int i = rowOf(eventId);
    if (i < 0)
        return;
    m_rows[i].read = read;
    m_rows[i].readByName = byName;
    const QModelIndex changed = index(i);
    Q_EMIT dataChanged(changed, changed);
}

int CommentModel::rowOf(qint64 eventId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).item.eventId == eventId)
            return i;
    }
    return -1;
}

int CommentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CommentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CommentRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return r.item.comment.isEmpty() ? r.reasonLabel : r.item.comment;
    case Qt::ToolTipRole:
        return r.item.comment.isEmpty() ? tr("%1 — %2, no comment").arg(r.lead.name, r.reasonLabel)
                                        : tr("%1 — %2:\n%3").arg(r.lead.name, r.reasonLabel, r.item.comment);
    case EventIdRole: return r.item.eventId;
    case LeadIdRole: return r.item.leadId;
    case ReasonRole: return r.item.reason;
    case CampaignRole: return r.item.campaign;
    case ReadRole: return r.read.has_value();
    case HasCommentRole: return !r.item.comment.trimmed().isEmpty();
    case SearchTextRole:
        return QStringList{r.lead.name,     r.lead.company, r.repName,     r.reasonLabel,
                           r.item.campaign, r.item.source,  r.item.comment}
            .join(QLatin1Char('\n'));
    case AtRole: return r.item.at;
    default: return {};
    }
}

CommentFilter::CommentFilter(QObject *parent) : QSortFilterProxyModel(parent) {}

void CommentFilter::setReason(const QString &reasonId)
{
    m_reason = reasonId;
    invalidateFilter();
}

void CommentFilter::setCampaign(const std::optional<QString> &campaign)
{
    m_campaign = campaign;
    invalidateFilter();
}

void CommentFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void CommentFilter::setUnreadOnly(bool on)
{
    m_unreadOnly = on;
    invalidateFilter();
}

void CommentFilter::setCommentsOnly(bool on)
{
    m_commentsOnly = on;
    invalidateFilter();
}

int CommentFilter::unreadCount() const
{
    int n = 0;
    for (int i = 0; i < rowCount(); ++i)
        n += index(i, 0).data(CommentModel::ReadRole).toBool() ? 0 : 1;
    return n;
}

bool CommentFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_commentsOnly && !i.data(CommentModel::HasCommentRole).toBool())
        return false;
    if (m_unreadOnly && i.data(CommentModel::ReadRole).toBool())
        return false;
    if (!m_reason.isEmpty() && i.data(CommentModel::ReasonRole).toString() != m_reason)
        return false;
    if (m_campaign && i.data(CommentModel::CampaignRole).toString() != *m_campaign)
        return false;
    return m_text.isEmpty() || i.data(CommentModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace baton
