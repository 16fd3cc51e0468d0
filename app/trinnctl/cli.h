#pragma once

#include "common/result.h"
#include "storage/journal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace trinn::cli {

/// Exit statuses of trinnctl, the same for every verb.
enum Exit { Success = 0, Problems = 1, BadInput = 2 };

struct Command
{
    QString name;
    QString summary;
    int (*run)(const QStringList &arguments);
};

/// All verbs, in the order `trinnctl --help` lists them.
const QList<Command> &commands();

int runInit(const QStringList &arguments);
int runDemo(const QStringList &arguments);
int runPatient(const QStringList &arguments);
int runCheck(const QStringList &arguments);
int runProgram(const QStringList &arguments);
int runEnrol(const QStringList &arguments);
int runReport(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runBoard(const QStringList &arguments);
int runMedication(const QStringList &arguments);
int runStep(const QStringList &arguments);
int runProgramEdit(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runExportFhir(const QStringList &arguments);
int runReferral(const QStringList &arguments);
int runUser(const QStringList &arguments);
int runAudit(const QStringList &arguments);
int runBackup(const QStringList &arguments);
int runRestore(const QStringList &arguments);
/// trinnctl export csv (exportcsvcommand.cpp), reached through runExport.
int runExportCsv(const QStringList &arguments);

void out(const QString &line);
void err(const QString &line);

/// Parses a verb's arguments; prints help or the parser's complaint. Returns
/// -1 to go on, or the exit status to return right away.
int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage,
          int positionalCount);

/// For a verb with sub-verbs given an unknown one: the usage, on standard
/// output and Success after "--help", else on standard error and BadInput.
int usage(const QString &given, const QString &usageText);

/// The staff member a verb acts as. The user name comes from --user/-u or
/// TRINN_USER; the password is typed without echo on a terminal, read from the
/// first line of standard input (--password-stdin), or taken from
/// TRINN_PASSWORD, and never from an argument, where every user of the
/// machine could read it (ps, /proc) and the shell would keep it.
class SignIn
{
public:
    /// Adds --user/-u and --password-stdin to the verb's options.
    explicit SignIn(QCommandLineParser &parser);

    /// Opens the journal and signs in as the staff member, under the same
    /// policy and audit as the desktop program; nullptr after saying why
    /// (exit BadInput). Without a user name nothing is opened at all.
    std::unique_ptr<Journal> open(const QString &location) const;

    /// The user name and password of the first administrator of a new journal
    /// (the password asked twice on a terminal), or why not.
    Result<std::pair<QString, QString>> newAccount() const;

private:
    Result<QString> userName() const;
    const QCommandLineParser &m_parser;
    QCommandLineOption m_user;
    QCommandLineOption m_passwordStdin;
};

/// A new password for an account: typed twice without echo on a terminal,
/// else the next line of standard input.
Result<QString> newPassword(const QString &whose);

/// Shows the audit log's verification key, the one time it is shown (checkcommand.cpp).
void printVerificationKey(const QString &key);

/// Opens the journal named on the command line, or prints why not.
std::unique_ptr<Journal> openJournal(const QString &location, const Journal::Options &options = {});

/// An option's value as a whole number within bounds, or the complaint.
Result<int> intOption(const QCommandLineParser &parser, const QCommandLineOption &option, int fallback,
                      int minimum, int maximum);

/// The patient with this national id, or why not.
Result<qint64> patientByNationalId(Journal &journal, const QString &nationalId);
/// A --start style option as a date (2027-03-14 or 14.03.2027); today when not given.
Result<QDate> dateOption(const QCommandLineParser &parser, const QCommandLineOption &option);

/// trinnctl's messages, translated like the rest of Trinn.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(trinnctl)
};

} // namespace trinn::cli
