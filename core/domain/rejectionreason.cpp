#include "rejectionreason.h"

#include <QCoreApplication>

namespace baton {

namespace {
struct ReasonTr
{
    Q_DECLARE_TR_FUNCTIONS(RejectionReason)
};
} // namespace

QList<RejectionReason> RejectionReason::defaults()
{
    return {
        {QStringLiteral("not_icp"), ReasonTr::tr("Not our ideal customer"),
         ReasonTr::tr("Size, industry or market outside the ICP"), false},
        {QStringLiteral("no_budget"), ReasonTr::tr("No budget"), ReasonTr::tr("Cannot pay for it this year"), false},
        {QStringLiteral("not_decision_maker"), ReasonTr::tr("Not the decision maker"),
         ReasonTr::tr("No authority and no path to who has it"), false},
        {QStringLiteral("no_need"), ReasonTr::tr("No need or interest"),
         ReasonTr::tr("Does not have the problem we solve"), false},
        {QStringLiteral("bad_timing"), ReasonTr::tr("Bad timing"), ReasonTr::tr("Interested, but not now"), false},
        {QStringLiteral("bad_data"), ReasonTr::tr("Bad or fake contact data"),
         ReasonTr::tr("Cannot be reached with what we have"), false},
        {QStringLiteral("duplicate"), ReasonTr::tr("Duplicate"), ReasonTr::tr("Already in the pipeline"), false},
        {QStringLiteral("student"), ReasonTr::tr("Student or job seeker"),
         ReasonTr::tr("Research, coursework or a job application"), false},
        {QStringLiteral("existing_customer"), ReasonTr::tr("Already a customer"),
         ReasonTr::tr("Belongs to account management"), false},
        {QStringLiteral("competitor"), ReasonTr::tr("Competitor"), ReasonTr::tr("Works for a competitor"), false},
        {QStringLiteral("other"), ReasonTr::tr("Other"), ReasonTr::tr("Anything else: say what in the comment"), true},
    };
}

} // namespace baton
