#pragma once

#include <QStyledItemDelegate>

namespace baton {

class PipelineService;

// Paints a row of the review queue: name, company and title, the owner (when the
// queue shows everyone's), the review countdown, the score pill, and the rules
// that fired as chips ("Senior title +20"). The countdown reads the pipeline's
// clock at paint time, so a repaint is enough to keep it current.
class TriageDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit TriageDelegate(PipelineService &pipeline, QObject *parent = nullptr);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    PipelineService &m_pipeline;
};

} // namespace baton
