#pragma once

#include "common/result.h"
#include "programs/programtemplate.h"

#include <QCoreApplication>

namespace trinn {

class Journal;
class Scope;

/// The journal's program templates.
class ProgramStore
{
    Q_DECLARE_TR_FUNCTIONS(ProgramStore)
public:
    explicit ProgramStore(Journal &journal) : m_journal(journal) {}

    /// Writes the built-in templates that the journal does not hold yet.
    static Status installBuiltins(Scope &scope);

    Result<QList<ProgramTemplate>> list() const;
    /// A program by its code or (case-insensitively) its name.
    Result<ProgramTemplate> find(const QString &codeOrName) const;
    Result<ProgramTemplate> byId(qint64 id) const;

    /// Saves an administrator's edit of a template as its next revision.
    /// Episodes already planned keep the phases they were planned with.
    Status update(const ProgramTemplate &program);

private:
    /// The built-ins are installed by migration 3, before criteria had codes
    /// (migration 19 gives them theirs); an edit writes the codes too.
    enum class CriterionCodes { Absent, Written };
    static Status insert(const Scope &scope, const ProgramTemplate &program);
    static Status writeDetails(const Scope &scope, qint64 programId, const ProgramTemplate &program,
                               CriterionCodes codes = CriterionCodes::Written);
    static Status loadDetails(const Scope &scope, ProgramTemplate &program);

    Journal &m_journal;
};

} // namespace trinn
