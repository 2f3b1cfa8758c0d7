#pragma once

#include "lead/breakdownrows.h"

#include "domain/lead.h"

#include <QAbstractListModel>

namespace baton {

class PipelineService;

// The SAL review queue: pending SALs, soonest review deadline first. A sales rep
// sees their own; a sales manager or an admin sees everyone's. Rows are read
// from core on reload() and kept, so painting never touches the database.
class TriageModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum DataRole {
        LeadIdRole = Qt::UserRole + 1,
        CompanyRole,
        TitleRole,
        ScoreRole,
        DeadlineRole,    // review deadline, UTC ms (the sort key)
        AssignedAtRole,  // when the rep got it, UTC ms (the countdown turns amber at 75 %)
        OwnerNameRole,   // empty when the queue shows one rep's own leads
        FiredChipsRole,  // QStringList: "Senior title +20", in model order
        FiredLabelsRole, // QStringList: "Senior title", parallel to FiredChipsRole
        FiredPointsRole, // QVariantList of int, parallel to FiredChipsRole
        UrgentRole,
    };

    explicit TriageModel(PipelineService &pipeline, QObject *parent = nullptr);

    // Re-reads the queue as `userId` sees it.
    void reload(const QString &userId);
    bool showsEveryone() const { return m_everyone; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString leadId(int row) const;
    int rowOf(const QString &leadId) const;
    const Lead &lead(int row) const { return m_rows.at(row).lead; }

private:
    struct Row
    {
        Lead lead;
        QList<BreakdownRow> fired;
        QString ownerName;
    };

    PipelineService &m_pipeline;
    QList<Row> m_rows;
    bool m_everyone = false;
};

} // namespace baton
