#include "stagecolumnmodel.h"

#include "leadroles.h"

#include <QDateTime>
#include <QMimeData>
#include <QScopedValueRollback>

namespace baton {

StageColumnModel::StageColumnModel(LeadQuery &query, Stage stage, QObject *parent)
    : QAbstractListModel(parent), m_query(query), m_stage(stage)
{}

void StageColumnModel::setFilter(const LeadFilter &filter)
{
    // No fetch from inside the reset's signals: the view asks again once it has laid out.
    const QScopedValueRollback<bool> reading(m_reading, true);
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_exhausted = false;
    endResetModel();
}

void StageColumnModel::setActive(bool active)
{
    if (active == m_active)
        return;
    const QScopedValueRollback<bool> reading(m_reading, true);
    beginResetModel();
    m_active = active;
    m_rows.clear();
    m_exhausted = false;
    endResetModel();
}

void StageColumnModel::refresh()
{
    if (!m_active || (m_rows.isEmpty() && !m_exhausted) || m_reading)
        return; // nothing read yet: the view's first fetch reads fresh rows anyway
    // A column read to its end reads a page more, so leads that arrived show up.
    const int wanted = m_exhausted ? int(m_rows.size()) + m_pageSize : qMax(int(m_rows.size()), m_pageSize);
    const QScopedValueRollback<bool> reading(m_reading, true);
    QList<LeadSummary> fresh = m_query.page(m_stage, m_filter, 0, wanted);
    m_exhausted = fresh.size() < wanted;

    // Shrink or grow at the end first, then change the rows that stayed: every
    // step is a valid model change, and the view keeps its scroll position.
    const int old = int(m_rows.size());
    const int now = int(fresh.size());
    if (now < old) {
        beginRemoveRows({}, now, old - 1);
        m_rows.resize(now);
        endRemoveRows();
    } else if (now > old) {
        beginInsertRows({}, old, now - 1);
        m_rows.append(fresh.mid(old));
        endInsertRows();
    }
    int first = -1;
    int last = -1;
    for (int row = 0; row < qMin(old, now); ++row) {
        if (m_rows.at(row) == fresh.at(row))
            continue;
        m_rows[row] = fresh.at(row);
        if (first < 0)
            first = row;
        last = row;
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first), index(last));
}

int StageColumnModel::rowOf(const QString &leadId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == leadId)
            return row;
    }
    return -1;
}

int StageColumnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StageColumnModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LeadSummary &l = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return l.name;
    case Qt::ToolTipRole: return tooltip(l);
    case Qt::AccessibleTextRole:
        return tr("%1, %2, score %3").arg(l.name, l.company.isEmpty() ? l.email : l.company).arg(l.score);
    case LeadIdRole: return l.id;
    case CompanyRole: return l.company;
    case TitleRole: return l.title;
    case EmailRole: return l.email;
    case StageRole: return int(l.stage);
    case ReviewRole: return int(l.review);
    case PendingReviewRole: return l.stage == Stage::Sal && l.review == ReviewStatus::Pending;
    case OwnerRole: return l.owner;
    case OwnerNameRole: return l.ownerName;
    case UrgentRole: return l.urgent;
    case BreachedRole: return l.breached;
    case ScoreRole: return l.score;
    case AmountRole: return l.amount ? QVariant(*l.amount) : QVariant();
    case StageSinceRole: return l.stageSince;
    case ReviewDeadlineRole: return l.reviewDeadline;
    case AssignedAtRole: return l.assignedAt;
    case SourceRole: return l.source;
    case CampaignRole: return l.campaign;
    default: return {};
    }
}

QString StageColumnModel::tooltip(const LeadSummary &l) const
{
    QStringList lines;
    lines << l.name;
    const QString job = QStringList{l.title, l.company}.join(QStringLiteral(" · "));
    if (!l.title.isEmpty() || !l.company.isEmpty())
        lines << job;
    if (!l.email.isEmpty())
        lines << l.email;
    lines << tr("Score %1").arg(l.score);
    lines << (l.ownerName.isEmpty() ? tr("Owned by marketing") : tr("Owner: %1").arg(l.ownerName));
    if (l.stage == Stage::Sal && l.review == ReviewStatus::Pending)
        lines << tr("Review due %1")
                     .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(l.reviewDeadline).toLocalTime(),
                                             QLocale::ShortFormat));
    if (!l.source.isEmpty())
        lines << tr("Source: %1").arg(l.campaign.isEmpty() ? l.source : l.source + QStringLiteral(" · ") + l.campaign);
    return lines.join(QLatin1Char('\n'));
}

QHash<int, QByteArray> StageColumnModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(LeadIdRole, "leadId");
    names.insert(NameRole, "name");
    names.insert(CompanyRole, "company");
    names.insert(TitleRole, "title");
    names.insert(EmailRole, "email");
    names.insert(StageRole, "stage");
    names.insert(ReviewRole, "review");
    names.insert(PendingReviewRole, "pendingReview");
    names.insert(OwnerRole, "owner");
    names.insert(OwnerNameRole, "ownerName");
    names.insert(UrgentRole, "urgent");
    names.insert(BreachedRole, "breached");
    names.insert(ScoreRole, "score");
    names.insert(AmountRole, "amount");
    names.insert(StageSinceRole, "stageSince");
    names.insert(ReviewDeadlineRole, "reviewDeadline");
    names.insert(AssignedAtRole, "assignedAt");
    names.insert(SourceRole, "source");
    names.insert(CampaignRole, "campaign");
    return names;
}

Qt::ItemFlags StageColumnModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

bool StageColumnModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && m_active;
}

void StageColumnModel::fetchMore(const QModelIndex &parent)
{
    // Views and testers may ask again from inside the insertion's signals; the
    // page being inserted is not in m_rows yet, so a nested read would repeat it.
    if (parent.isValid() || m_exhausted || m_reading || !m_active)
        return;
    const QScopedValueRollback<bool> reading(m_reading, true);
    const QList<LeadSummary> page = m_query.page(m_stage, m_filter, int(m_rows.size()), m_pageSize);
    m_exhausted = page.size() < m_pageSize;
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

QStringList StageColumnModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData *StageColumnModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &i : indexes) {
        if (i.isValid() && i.model() == this)
            ids << m_rows.at(i.row()).id;
    }
    if (ids.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(kMimeType, ids.join(QLatin1Char('\n')).toUtf8());
    mime->setText(ids.join(QLatin1Char('\n')));
    return mime;
}

Qt::DropActions StageColumnModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList StageColumnModel::leadIds(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(kMimeType))
        return {};
    return QString::fromUtf8(mime->data(kMimeType)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace baton
