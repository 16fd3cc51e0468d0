#include "csvexport.h"

#include "common/clinictime.h"
#include "groups/therapygroup.h"
#include "intake/referral.h"
#include "storage/auditlog.h"
#include "storage/groupstore.h"
#include "storage/intakestore.h"
#include "storage/patientstore.h"
#include "storage/substanceteststore.h"
#include "testing/testinterpretation.h"

using namespace Qt::StringLiterals;

namespace trinn {
namespace {

QString outcomeText(const QString &code)
{
    return code.isEmpty() ? CsvExport::tr("not tested") : TestInterpretation::outcomeName(TestInterpretation::outcomeFromCode(code));
}

QString time(const QDateTime &at)
{
    return at.isValid() ? clinictime::local(at).toString(u"HH:mm"_s) : QString();
}

QString date(const QDateTime &at)
{
    return at.isValid() ? clinictime::formatDate(clinictime::local(at).date()) : QString();
}

QString date(QDate day)
{
    return day.isValid() ? clinictime::formatDate(day) : QString();
}

} // namespace

QString CsvExport::field(const QString &value)
{
    if (!value.contains(u';') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QByteArray CsvExport::document(const QStringList &header, const QList<QStringList> &rows)
{
    QString text;
    const auto line = [&text](const QStringList &fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &value : fields)
            quoted << field(value);
        text += quoted.join(u';') + u"\r\n"_s;
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Result<QByteArray> CsvExport::board(Journal &journal, QDate day)
{
    const AuditLog::ReadScope audited(journal, u"exported the test board as CSV"_s);
    Result<QList<SubstanceTestStore::BoardRow>> rows = SubstanceTestStore(journal).board(day);
    if (!rows)
        return Error{rows.error()};
    QList<QStringList> lines;
    for (const SubstanceTestStore::BoardRow &row : *rows)
        lines << QStringList{date(day), row.name, row.nationalId, row.program, outcomeText(row.outcome), time(row.sampledAt),
                             row.reasons.join(u"; "_s)};
    return document({tr("Day"), tr("Patient"), tr("National id"), tr("Program"), tr("Status"), tr("Sampled at"), tr("Why")}, lines);
}

Result<QByteArray> CsvExport::tests(Journal &journal, qint64 patientId)
{
    const AuditLog::ReadScope audited(journal, u"exported the test history as CSV"_s);
    Result<Patient> patient = PatientStore(journal).get(patientId);
    if (!patient)
        return Error{patient.error()};
    SubstanceTestStore store(journal);
    Result<QList<SubstanceTest>> history = store.history(patientId, 100000);
    if (!history)
        return Error{history.error()};
    QList<QStringList> lines;
    for (const SubstanceTest &test : *history) {
        QStringList positive;
        for (const AnalyteResult &result : test.results) {
            if (result.countsAsPositive())
                positive << result.analyte;
        }
        Result<TestInterpretation::Reading> reading = store.interpret(test);
        const QString outcome = reading ? TestInterpretation::outcomeName(reading->outcome) : outcomeText(test.outcome);
        lines << QStringList{patient->fullName(), patient->nationalId, date(test.sampledAt), time(test.sampledAt),
                             SubstanceTest::sampleTypeName(test.sampleType), test.supervised ? tr("yes") : tr("no"), outcome,
                             positive.join(u", "_s), test.refused ? test.refusalReason : QString(), test.labReference,
                             test.takenBy, QString::number(test.version)};
    }
    return document({tr("Patient"), tr("National id"), tr("Date"), tr("Time"), tr("Sample"), tr("Supervised"), tr("Outcome"),
                     tr("Positive for"), tr("Refusal reason"), tr("Lab reference"), tr("Taken by"), tr("Version")},
                    lines);
}

Result<QByteArray> CsvExport::attendance(Journal &journal, qint64 groupId)
{
    const AuditLog::ReadScope audited(journal, u"exported the attendance of a group as CSV"_s);
    GroupStore store(journal);
    Result<TherapyGroup> group = store.group(groupId);
    if (!group)
        return Error{group.error()};
    Result<QList<GroupSession>> sessions = store.sessions(groupId);
    if (!sessions)
        return Error{sessions.error()};
    QList<QStringList> lines;
    for (const GroupSession &listed : *sessions) {
        if (listed.status != GroupSession::Status::Held)
            continue;
        Result<GroupSession> session = store.session(listed.id);
        if (!session)
            return Error{session.error()};
        for (const Attendance &member : session->attendance)
            lines << QStringList{group->name, date(session->startsAt), time(session->startsAt), session->room, member.patientName,
                                 Attendance::statusName(member.status)};
    }
    return document({tr("Group"), tr("Date"), tr("Time"), tr("Room"), tr("Participant"), tr("Attendance")}, lines);
}

Result<QByteArray> CsvExport::waitingList(Journal &journal)
{
    const AuditLog::ReadScope audited(journal, u"exported the waiting list as CSV"_s);
    Result<QList<Referral>> waiting = ReferralStore(journal).waitingList();
    if (!waiting)
        return Error{waiting.error()};
    QList<QStringList> lines;
    for (const Referral &referral : *waiting)
        lines << QStringList{referral.personName, ReferralRules::sourceName(referral.source), date(referral.receivedOn),
                             referral.requestedService, QString::number(referral.priority), Referral::statusName(referral.status),
                             date(referral.assessedOn), date(referral.careDeadline), date(referral.plannedAdmission)};
    return document({tr("Name"), tr("Referred by"), tr("Received"), tr("Service"), tr("Priority"), tr("Status"), tr("Assessed"),
                     tr("Start of care by"), tr("Planned admission")},
                    lines);
}

} // namespace trinn
