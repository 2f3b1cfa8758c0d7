#pragma once

#include "kpi/feedbackreport.h"
#include "storage/feedbackstore.h"

#include <QAbstractListModel>
#include <QSortFilterProxyModel>

#include <optional>

namespace baton {

// One row of the feedback list: a rejection, disqualification or loss with what
// the list prints about it.
struct CommentRow
{
    FeedbackItem item;
    LeadLabel lead;
    QString repName;
    QString reasonLabel;
    std::optional<FeedbackRead> read;
    QString readByName;
};

// The period's feedback, newest first. Roles start at Qt::UserRole (STYLE.md);
// the filter sorts and filters on them, never on display text.
class CommentModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        EventIdRole = Qt::UserRole + 1,
        LeadIdRole,
        ReasonRole,   // reason id
        CampaignRole, // campaign name ("" for none)
        ReadRole,     // bool
        HasCommentRole,
        SearchTextRole, // lead, company, rep, reason, campaign and comment, for the text filter
        AtRole,         // qint64 ms
    };

    using QAbstractListModel::QAbstractListModel;

    void setRows(QList<CommentRow> rows);
    // Updates one row's read mark in place (after a mark or an unmark).
    void setRead(qint64 eventId, const std::optional<FeedbackRead> &read, const QString &byName);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    const CommentRow &row(int i) const { return m_rows.at(i); }
    int rowOf(qint64 eventId) const;

private:
    QList<CommentRow> m_rows;
};

// What the list shows of the model: by reason, campaign and text; only unread ones;
// only those with a comment (the default: "the comments").
class CommentFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CommentFilter(QObject *parent = nullptr);

    void setReason(const QString &reasonId);                  // empty for any
    void setCampaign(const std::optional<QString> &campaign); // nullopt for any; "" for none
    void setText(const QString &text);
    void setUnreadOnly(bool on);
    void setCommentsOnly(bool on);

    int unreadCount() const; // among the rows shown

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_reason;
    std::optional<QString> m_campaign;
    QString m_text;
    bool m_unreadOnly = false;
    bool m_commentsOnly = true;
};

} // namespace baton
