#include "triagemodel.h"

#include "lead/leadhistory.h"

#include "pipeline/pipelineservice.h"

#include <algorithm>

namespace baton {

TriageModel::TriageModel(PipelineService &pipeline, QObject *parent)
    : QAbstractListModel(parent)
    , m_pipeline(pipeline)
{
}

void TriageModel::reload(const QString &userId)
{
    const std::optional<User> me = m_pipeline.user(userId);
    m_everyone = me && (me->role == baton::Role::SalesManager || me->role == baton::Role::Admin);
    QStringList ids;
    if (m_everyone) {
        const QHash<QString, int> counts = m_pipeline.leads().pendingCounts();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            ids += m_pipeline.leads().pendingSalsOf(it.key());
    } else if (me) {
        ids = m_pipeline.leads().pendingSalsOf(userId);
    }

    QList<Row> rows;
    rows.reserve(ids.size());
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const Timestamp now = m_pipeline.clock().now();
    for (const QString &id : std::as_const(ids)) {
        std::optional<Lead> lead = m_pipeline.lead(id);
        if (!lead)
            continue;
        Row row;
        row.lead = std::move(*lead);
        for (const BreakdownRow &r : breakdownRows(m_pipeline.breakdown(id), zone, now)) {
            if (r.fired)
                row.fired << r;
        }
        if (m_everyone)
            row.ownerName = actorName(row.lead.owner, m_pipeline.users());
        rows << row;
    }
    // Each rep's list comes sorted from storage; merging several needs one more sort.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.lead.reviewDeadline < b.lead.reviewDeadline; });

    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int TriageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TriageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Lead &l = row.lead;
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = l.fields.displayName();
        return name.isEmpty() ? l.id : name;
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const BreakdownRow &r : row.fired)
            lines << chipText(r) + QStringLiteral(" — ") + r.evidence;
        return lines.join(u'\n');
    }
    case LeadIdRole: return l.id;
    case CompanyRole: return l.fields.company;
    case TitleRole: return l.fields.title;
    case ScoreRole: return l.score;
    case DeadlineRole: return l.reviewDeadline;
    case AssignedAtRole: return l.assignedAt;
    case OwnerNameRole: return row.ownerName;
    case UrgentRole: return l.urgent;
    case FiredChipsRole: {
        QStringList chips;
        for (const BreakdownRow &r : row.fired)
            chips << chipText(r);
        return chips;
    }
    case FiredLabelsRole: {
        QStringList labels;
        for (const BreakdownRow &r : row.fired)
            labels << r.label;
        return labels;
    }
    case FiredPointsRole: {
        QVariantList points;
        for (const BreakdownRow &r : row.fired)
            points << r.points;
        return points;
    }
    default: return {};
    }
}

QHash<int, QByteArray> TriageModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(LeadIdRole, "leadId");
    names.insert(CompanyRole, "company");
    names.insert(TitleRole, "title");
    names.insert(ScoreRole, "score");
    names.insert(DeadlineRole, "deadline");
    names.insert(AssignedAtRole, "assignedAt");
    names.insert(OwnerNameRole, "ownerName");
    names.insert(FiredChipsRole, "firedChips");
    names.insert(FiredLabelsRole, "firedLabels");
    names.insert(FiredPointsRole, "firedPoints");
    names.insert(UrgentRole, "urgent");
    return names;
}

QString TriageModel::leadId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).lead.id : QString();
}

int TriageModel::rowOf(const QString &leadId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).lead.id == leadId)
            return i;
    }
    return -1;
}

} // namespace baton
