#pragma once

#include "domain/user.h"
#include "importrunner.h"
#include "importsession.h"

#include <QWizard>

#include <memory>
#include <optional>

namespace baton {

class PipelineService;
class Theme;

// The import of leads or activities from a CSV file (PRODUCT.md "Getting data in"):
// choose the file; check the detected format and the column mapping (each column's
// field is a combo box; every change plans again); preview the first rows with
// every problem marked; for leads, choose what to do with duplicates; import on a
// worker thread with a progress bar and Cancel; read what changed.
//
// All or nothing, as core's LeadImport: Import stays disabled while the plan has
// errors, and a failed or cancelled import writes nothing. The wizard cannot be
// closed while it writes, except with its Cancel button.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page { FilePage, MappingPage, PreviewPage, DuplicatesPage, ProgressPage, SummaryPage };

    ImportWizard(PipelineService &pipeline, const Theme &theme, ImportKind kind, const QString &userId,
                 QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Why `user` may not import (empty when allowed): importing creates and fills
    // leads, which is marketing's work (the roles that edit lead fields). With no
    // user yet on a new database, the import is recorded as the system.
    static QString whyNotImport(const std::optional<User> &user, bool databaseHasUsers);

    // Reads `path` as if it had been chosen on the first page and, when it can be
    // used, goes on to the mapping step. False (and the reason on the page) otherwise.
    bool openFile(const QString &path);

    ImportKind kind() const { return m_session.kind(); }
    const Theme &theme() const { return m_theme; }
    ImportSession &session() { return m_session; }
    ImportRunner *runner() const { return m_runner; }
    const std::optional<ImportOutcome> &outcome() const { return m_outcome; }
    // Plans again after an edit of the session, and tells the pages.
    void sessionChanged();
    void setOutcome(const ImportOutcome &outcome);

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void planChanged();
    // The import wrote something: the window reloads the board and the bell.
    void imported();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    const Theme &m_theme;
    ImportSession m_session;
    ImportRunner *m_runner;
    std::optional<ImportOutcome> m_outcome;
};

} // namespace baton
