#pragma once

#include <QString>

#include <array>
#include <optional>

namespace baton {

// The pipeline stages of PRODUCT.md, in board order.
enum class Stage { New, Mql, Sal, Sql, Opportunity, Won, Lost, Nurture };

inline constexpr std::array kAllStages = {Stage::New, Stage::Mql,         Stage::Sal, Stage::Sql,
                                          Stage::Opportunity, Stage::Won, Stage::Lost, Stage::Nurture};

QString stageId(Stage stage);                        // "new", "mql", ...
std::optional<Stage> stageFromId(const QString &id); // nullopt for an unknown id
QString stageDisplayName(Stage stage);               // translated, for people

enum class Team { Marketing, Sales };
Team stageOwner(Stage stage);

enum class ReviewStatus { None, Pending, Accepted };
QString reviewStatusId(ReviewStatus status); // "", "pending", "accepted"
std::optional<ReviewStatus> reviewStatusFromId(const QString &id);

} // namespace baton
