#include "cli.h"

#include "storage/auditlog.h"
#include "storage/integritycheck.h"
#include "storage/journalfiles.h"
#include "storage/patientstore.h"

#include <QTextStream>

namespace trinn::cli {

void printVerificationKey(const QString &key)
{
    out(Text::tr("Verification key of the audit log (shown this once, and not kept in the journal):"));
    out(QStringLiteral("    ") + key);
    out(Text::tr("Write it down and keep it offline, away from the workstations. \"trinnctl check JOURNAL --verification-key "
                 "KEY\" proves with it that no sealed audit record was removed, changed or added; whoever has it can also "
                 "make seals, so keep it as you would the journal's backups."));
}

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("JOURNAL"), Text::tr("The journal to check."));
    const QCommandLineOption key(QStringLiteral("verification-key"),
                                 Text::tr("The audit log's verification key, shown when the journal was made (\"-\": read it from "
                                          "standard input). With it every seal is checked."),
                                 QStringLiteral("KEY"));
    const QCommandLineOption startSealing(QStringLiteral("start-sealing"),
                                          Text::tr("Start sealing the audit log of a journal that is not sealed yet, once it is "
                                                   "found intact, and show its verification key."));
    parser.addOption(key);
    parser.addOption(startSealing);
    if (int done = parse(parser, arguments, Text::tr("trinnctl check JOURNAL [--verification-key KEY] [--start-sealing]"), 1);
        done >= 0)
        return done;
    QString verificationKey = parser.value(key);
    if (verificationKey == QStringLiteral("-"))
        verificationKey = QTextStream(stdin).readLine();
    if (parser.isSet(key) && verificationKey.trimmed().isEmpty()) {
        err(Text::tr("--verification-key needs the key; nothing was checked."));
        return BadInput;
    }
    // Exit 1 only for damage found; 2 when the check could not look (a full
    // disk, a busy or unreachable journal, a file that is no journal). The
    // journal is opened read-only and not migrated: looking changes nothing.
    Journal::Refusal refusal = Journal::Refusal::None;
    Journal::Options options;
    options.forChecking = true;
    options.refusal = &refusal;
    std::unique_ptr<Journal> journal = openJournal(parser.positionalArguments().constFirst(), options);
    if (!journal)
        return refusal == Journal::Refusal::Damaged ? Problems : BadInput;
    const auto couldNotLook = [&](const QString &why) {
        err(why);
        return journal->lastFailure() == StorageFailure::Kind::Damaged ? Problems : BadInput;
    };
    // An error here means the check could not look, not that it found damage.
    const Result<IntegrityCheck::Findings> findings = IntegrityCheck(*journal).examine(verificationKey);
    if (!findings)
        return couldNotLook(findings.error());
    // Not damage, but health data open to every user of the computer.
    if (!journal->isPostgres()) {
        const QStringList open = JournalFiles::openToOthers(journal->location().filePath);
        for (const QString &file : open)
            err(Text::tr("Warning: other users of this computer may read %1. Make the journal its owner's only: "
                         "chmod 600 on the journal and its -wal and -shm files.")
                    .arg(file));
    }
    for (const QString &problem : findings->problems)
        err(problem);
    for (const QString &note : findings->notes)
        out(note);
    if (!findings->problems.isEmpty()) {
        err(Text::tr("%1: problems found: %2.").arg(journal->location().display()).arg(findings->problems.size()));
        return Problems;
    }
    const Result<qint64> patients = IntegrityCheck(*journal).patientCount();
    out(Text::tr("%1: intact (schema %2, %3 patients).")
            .arg(journal->location().display())
            .arg(journal->schemaVersion())
            .arg(patients ? *patients : 0));
    if (parser.isSet(startSealing)) {
        const Result<bool> sealed = AuditLog::isSealed(*journal);
        if (sealed && *sealed) {
            out(Text::tr("The audit log is sealed already; its verification key was shown when sealing started."));
            return Success;
        }
        const Result<QString> started = sealed ? AuditLog::startSealing(*journal) : Result<QString>(Error{sealed.error()});
        if (!started) {
            err(Text::tr("The audit log could not be sealed: %1").arg(started.error()));
            return BadInput;
        }
        printVerificationKey(*started);
    }
    return Success;
}

} // namespace trinn::cli
