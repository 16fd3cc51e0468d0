#include "cli.h"

#include "common/clinictime.h"
#include "export/icalexport.h"
#include "storage/intakestore.h"

#include <QTextStream>

namespace trinn::cli {

int runExport(const QStringList &arguments)
{
    const QString usageText = Text::tr("trinnctl export ical JOURNAL [--staff NAME | --room NAME] [--from DATE] [--weeks N]\n"
                                       "       trinnctl export csv board|tests|attendance|waiting JOURNAL FILE [options]\n"
                                       "       trinnctl export fhir JOURNAL FOLDER [--patient ID]");
    if (arguments.value(1) == QStringLiteral("csv"))
        return runExportCsv(arguments);
    if (arguments.value(1) == QStringLiteral("fhir"))
        return runExportFhir(arguments);
    if (arguments.value(1) != QStringLiteral("ical")) {
        return usage(arguments.value(1), usageText);
    }
    QCommandLineParser parser;
    const SignIn signIn(parser);
    const QCommandLineOption staff(QStringLiteral("staff"), Text::tr("Only this staff member's calendar."), QStringLiteral("NAME"));
    const QCommandLineOption room(QStringLiteral("room"), Text::tr("Only this room's calendar."), QStringLiteral("NAME"));
    const QCommandLineOption from(QStringLiteral("from"), Text::tr("First day (default today)."), QStringLiteral("DATE"));
    const QCommandLineOption weeks(QStringLiteral("weeks"), Text::tr("How many weeks (default 8)."), QStringLiteral("N"));
    parser.addOptions({staff, room, from, weeks});
    parser.addPositionalArgument(QStringLiteral("JOURNAL"), Text::tr("The journal."));
    if (int done = parse(parser, arguments.mid(1), usageText, 1); done >= 0)
        return done;
    if (parser.isSet(staff) && parser.isSet(room)) {
        err(Text::tr("Choose --staff or --room, not both."));
        return BadInput;
    }
    const Result<QDate> first = dateOption(parser, from);
    const Result<int> count = intOption(parser, weeks, 8, 1, 104);
    if (!first || !count) {
        err(first ? count.error() : first.error());
        return BadInput;
    }
    std::unique_ptr<Journal> journal = signIn.open(parser.positionalArguments().constFirst());
    if (!journal)
        return BadInput;
    const IcalExport::Scope scope = parser.isSet(staff) ? IcalExport::Scope::Staff
        : parser.isSet(room)                            ? IcalExport::Scope::Room
                                                        : IcalExport::Scope::Clinic;
    const QDateTime start = clinictime::at(*first, QTime(0, 0)).toUTC();
    const Result<QByteArray> ics = IcalExport::calendar(*journal, scope, parser.isSet(staff) ? parser.value(staff) : parser.value(room),
                                                        start, clinictime::at(first->addDays(7 * *count), QTime(0, 0)).toUTC());
    if (!ics) {
        err(ics.error());
        return BadInput;
    }
    QTextStream(stdout) << QString::fromUtf8(*ics);
    return Success;
}

int runReferral(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    const QString usageText = Text::tr("trinnctl referral add JOURNAL --name NAME --source SOURCE --service PROGRAM [--received DATE] "
                                   "[--priority 1-3] | list JOURNAL");
    if (sub != QStringLiteral("add") && sub != QStringLiteral("list")) {
        return usage(sub, usageText);
    }
    QCommandLineParser parser;
    const SignIn signIn(parser);
    const QCommandLineOption name(QStringLiteral("name"), Text::tr("The person referred."), QStringLiteral("NAME"));
    const QCommandLineOption source(QStringLiteral("source"), Text::tr("Who referred: %1.").arg(ReferralRules::sources().join(QStringLiteral(", "))),
                                    QStringLiteral("SOURCE"));
    const QCommandLineOption service(QStringLiteral("service"), Text::tr("The program asked for."), QStringLiteral("PROGRAM"));
    const QCommandLineOption received(QStringLiteral("received"), Text::tr("The day it came (default today)."), QStringLiteral("DATE"));
    const QCommandLineOption priority(QStringLiteral("priority"), Text::tr("1 urgent, 2 normal, 3 can wait (default 2)."), QStringLiteral("N"));
    parser.addOptions({name, source, service, received, priority});
    parser.addPositionalArgument(QStringLiteral("JOURNAL"), Text::tr("The journal."));
    if (int done = parse(parser, arguments.mid(1), usageText, 1); done >= 0)
        return done;
    std::unique_ptr<Journal> journal = signIn.open(parser.positionalArguments().constFirst());
    if (!journal)
        return BadInput;
    ReferralStore referrals(*journal);
    if (sub == QStringLiteral("list")) {
        const Result<QList<Referral>> open = referrals.open();
        if (!open) {
            err(open.error());
            return BadInput;
        }
        const QDate today = clinictime::today();
        for (const Referral &r : *open)
            out(QStringList{r.personName, ReferralRules::sourceName(r.source), clinictime::formatDate(r.receivedOn),
                            Referral::statusName(r.status), ReferralRules::deadlineText(r, today)}.join(u'\t'));
        return Success;
    }
    const Result<QDate> day = dateOption(parser, received);
    const Result<int> level = intOption(parser, priority, 2, 1, 3);
    if (!day || !level) {
        err(day ? level.error() : day.error());
        return BadInput;
    }
    Referral r;
    r.personName = parser.value(name);
    r.source = parser.value(source);
    r.requestedService = parser.value(service);
    r.receivedOn = *day;
    r.priority = *level;
    const Result<qint64> added = referrals.receive(r);
    if (!added) {
        err(added.error());
        return BadInput;
    }
    out(Text::tr("Referral received; assessment due %1.").arg(clinictime::formatDate(ReferralRules::assessmentDeadline(*day))));
    return Success;
}

} // namespace trinn::cli
