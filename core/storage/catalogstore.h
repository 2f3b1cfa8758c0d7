#pragma once

#include "domain/pipelineconfig.h"
#include "domain/rejectionreason.h"
#include "domain/result.h"
#include "domain/time.h"

#include <QList>
#include <QString>

#include <optional>

namespace baton {

class Database;

struct SpendRecord
{
    QString campaign;
    QString source;
    Timestamp at = 0;
    double amount = 0;
};

// The shared reference data: settings (the pipeline configuration and the
// round-robin turn), rejection reasons, campaigns and their spend, and the
// published scoring models.
class CatalogStore
{
public:
    explicit CatalogStore(Database &db) : m_db(db) {}

    QString setting(const QString &key, const QString &fallback = QString());
    Status setSetting(const QString &key, const QString &value);

    PipelineConfig config();
    Status saveConfig(const PipelineConfig &config);

    QList<RejectionReason> reasons();
    std::optional<RejectionReason> reason(const QString &id);
    Status saveReason(const RejectionReason &reason, int position);

    // Creates the campaign if it is new; records its source the first time one is known.
    Status touchCampaign(const QString &name, const QString &source);
    Status addSpend(const QString &campaign, Timestamp at, double amount, const QString &actor);
    QList<SpendRecord> spend();

    // Published scoring model definitions (JSON), newest last.
    std::optional<std::pair<int, QByteArray>> latestModel();
    Status publishModel(int version, const QByteArray &definition, Timestamp at, const QString &by);

private:
    Database &m_db;
};

} // namespace baton
