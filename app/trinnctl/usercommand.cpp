#include "cli.h"

#include "common/clinictime.h"
#include "storage/auditlog.h"
#include "storage/postgresroles.h"
#include "storage/staffstore.h"


namespace trinn::cli {
namespace {

// On a PostgreSQL journal of schema 18 or later an account is also the
// staff member's own database login (made in the same transaction).
void tellServerLogin(const Journal &journal, const QString &sub, const QString &username)
{
    if (!journal.isPostgres() || journal.schemaVersion() < PostgresRoles::schemaVersion)
        return;
    if (sub == QStringLiteral("add") || sub == QStringLiteral("reset-password"))
        out(Text::tr("%1 signs in to the server as the database login %1, with the same password.").arg(username.trimmed()));
    else if (sub == QStringLiteral("disable"))
        out(Text::tr("The database login %1 can no longer connect.").arg(username.trimmed()));
}

} // namespace

int runUser(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    const QString usageText = Text::tr("trinnctl user add JOURNAL --username U --name NAME --roles nurse,therapist,coordinator,administrator "
                                   "| list JOURNAL | disable JOURNAL --username U | reset-password JOURNAL --username U "
                                   " (signed in as an administrator with -u; the new password is asked twice, or read from "
                                   "the next line of standard input)");
    if (sub != QStringLiteral("add") && sub != QStringLiteral("list") && sub != QStringLiteral("disable")
        && sub != QStringLiteral("reset-password")) {
        return usage(sub, usageText);
    }
    QCommandLineParser parser;
    const SignIn signIn(parser);
    const QCommandLineOption username(QStringLiteral("username"), Text::tr("The user name."), QStringLiteral("U"));
    const QCommandLineOption name(QStringLiteral("name"), Text::tr("The person's full name."), QStringLiteral("NAME"));
    const QCommandLineOption roles(QStringLiteral("roles"), Text::tr("Roles, separated by commas."), QStringLiteral("ROLES"));
    parser.addOptions({username, name, roles});
    parser.addPositionalArgument(QStringLiteral("JOURNAL"), Text::tr("The journal."));
    if (int done = parse(parser, arguments.mid(1), usageText, 1); done >= 0)
        return done;
    std::unique_ptr<Journal> journal = signIn.open(parser.positionalArguments().constFirst());
    if (!journal)
        return BadInput;
    // Staff accounts are the administrators' (the gate refuses anyone else
    // too): said before a new password is asked for.
    if (!journal->actor().has(Role::Administrator)) {
        err(Text::tr("Staff accounts need an administrator: %1 is not one. Nothing was changed.").arg(journal->actor().username));
        return BadInput;
    }
    StaffStore staff(*journal);
    if (sub == QStringLiteral("list")) {
        const Result<QList<StaffAccount>> accounts = staff.list();
        if (!accounts) {
            err(accounts.error());
            return BadInput;
        }
        for (const StaffAccount &a : *accounts) {
            QStringList roleNames;
            for (Role role : {Role::Nurse, Role::Therapist, Role::Coordinator, Role::Administrator}) {
                if (a.roles.contains(role))
                    roleNames << AccessPolicy::roleCode(role);
            }
            QString state = a.active ? Text::tr("active") : Text::tr("disabled");
            if (a.lockedUntil.isValid() && a.lockedUntil > clinictime::now())
                state = Text::tr("locked until %1").arg(clinictime::formatDateTime(a.lockedUntil));
            out(QStringList{a.username, a.fullName, roleNames.join(u','), state}.join(u'\t'));
        }
        return Success;
    }
    if (!parser.isSet(username)) {
        err(Text::tr("--username is needed."));
        return BadInput;
    }
    Status done;
    if (sub == QStringLiteral("add")) {
        QSet<Role> chosen;
        for (const QString &code : parser.value(roles).split(u',', Qt::SkipEmptyParts)) {
            const auto role = AccessPolicy::roleFromCode(code);
            if (!role) {
                err(Text::tr("\"%1\" is not a role: use nurse, therapist, coordinator or administrator.").arg(code));
                return BadInput;
            }
            chosen.insert(*role);
        }
        const Result<QString> password = newPassword(parser.value(username));
        if (!password) {
            err(password.error());
            return BadInput;
        }
        const Result<qint64> added = staff.add(parser.value(username), parser.value(name), chosen, *password);
        done = added ? Status() : Status(Error{added.error()});
    } else if (sub == QStringLiteral("disable")) {
        done = staff.disable(parser.value(username));
    } else {
        const Result<QString> password = newPassword(parser.value(username));
        if (!password) {
            err(password.error());
            return BadInput;
        }
        done = staff.resetPassword(parser.value(username), *password);
    }
    if (!done) {
        err(done.error());
        return BadInput;
    }
    out(Text::tr("Done: %1 %2.").arg(sub, parser.value(username)));
    tellServerLogin(*journal, sub, parser.value(username));
    return Success;
}

int runAudit(const QStringList &arguments)
{
    const QString usageText = Text::tr("trinnctl audit report JOURNAL --patient ID");
    if (arguments.value(1) != QStringLiteral("report")) {
        return usage(arguments.value(1), usageText);
    }
    QCommandLineParser parser;
    const SignIn signIn(parser);
    const QCommandLineOption patient(QStringLiteral("patient"), Text::tr("The patient's national id."), QStringLiteral("ID"));
    parser.addOption(patient);
    parser.addPositionalArgument(QStringLiteral("JOURNAL"), Text::tr("The journal."));
    if (int done = parse(parser, arguments.mid(1), usageText, 1); done >= 0)
        return done;
    std::unique_ptr<Journal> journal = signIn.open(parser.positionalArguments().constFirst());
    if (!journal)
        return BadInput;
    const Result<qint64> patientId = patientByNationalId(*journal, parser.value(patient));
    if (!patientId) {
        err(patientId.error());
        return BadInput;
    }
    const Result<QList<AuditLog::Record>> records = AuditLog::forPatient(*journal, *patientId);
    if (!records) {
        err(records.error());
        return BadInput;
    }
    out(Text::tr("Who has looked at or changed the journal of %1").arg(parser.value(patient)));
    for (const AuditLog::Record &r : *records)
        out(QStringList{clinictime::formatDateTime(r.at), r.actor, r.workstation, r.action, r.what,
                        r.emergencyReason.isEmpty() ? QString() : Text::tr("EMERGENCY ACCESS: %1").arg(r.emergencyReason)}
                .join(u'\t'));
    return Success;
}

} // namespace trinn::cli
