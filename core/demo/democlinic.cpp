#include "democlinic.h"

#include "demo/democoming.h"
#include "common/clinictime.h"
#include "demo/demoepisodes.h"
#include "demo/demohistory.h"
#include "demo/demogroups.h"
#include "demo/demointake.h"
#include "demo/demonames.h"
#include "demo/demotests.h"
#include "patients/nationalid.h"
#include "storage/journal.h"
#include "storage/patientstore.h"
#include "storage/staffstore.h"

#include <QRandomGenerator>
#include <QSet>

using namespace Qt::StringLiterals;

namespace trinn {
namespace {

using demonames::pick;

constexpr int patientsPerTransaction = 500;

// A synthetic national id (month + 80) that is not taken yet. Individual numbers
// are drawn in the range the register uses for the birth year's century.
NationalId syntheticId(QRandomGenerator &random, QDate birthDate, bool male, QSet<QString> &taken)
{
    const bool born2000s = birthDate.year() >= 2000;
    const NationalId::Kind kind = random.bounded(20) == 0 ? NationalId::Kind::DNumber : NationalId::Kind::BirthNumber;
    for (;;) {
        int individual = born2000s ? 500 + random.bounded(500) : random.bounded(500);
        if ((individual % 2 == 1) != male)
            individual = individual % 2 == 0 ? individual + 1 : individual - 1;
        const Result<NationalId> id = NationalId::make(birthDate, individual, kind, true);
        if (id && !taken.contains(id->digits())) {
            taken.insert(id->digits());
            return *id;
        }
    }
}

QString phoneNumber(QRandomGenerator &random)
{
    // Norwegian mobile numbers start with 4 or 9.
    const int first = random.bounded(2) == 0 ? 4 : 9;
    return QString::number(first) + QString::number(random.bounded(1000000, 9999999));
}

} // namespace

QStringList DemoClinic::sizes()
{
    return {u"small"_s, u"clinic"_s, u"year"_s, u"large"_s};
}

std::optional<DemoClinic::Options> DemoClinic::sized(const QString &size)
{
    Options options;
    if (size == u"small")
        return options;
    options.history = true;
    if (size == u"clinic") {
        options.patients = 400;
        options.years = 3;
        return options;
    }
    if (size == u"year") {
        options.patients = 2000;
        return options;
    }
    if (size == u"large") {
        options.patients = 20000;
        options.years = 10;
        return options;
    }
    return std::nullopt;
}

QString DemoClinic::demoPassword()
{
    return u"demo-passord"_s;
}

Result<DemoClinic::Summary> DemoClinic::generate(Journal &journal, const Options &options, const Progress &progress)
{
    if (journal.kind() != JournalKind::Demo)
        return Error{tr("Demo patients go into a demo journal only; %1 is a clinic journal.")
                         .arg(journal.location().display())};
    if (options.patients < 0)
        return Error{tr("The number of patients cannot be negative.")};
    if (options.years < 1 || options.years > 50)
        return Error{tr("A demo clinic covers 1 to 50 years, not %1.").arg(options.years)};

    // Staff to sign in as, one for each role (documented in the README and the login dialog).
    StaffStore staff(journal);
    const QList<std::tuple<QString, QString, Role>> accounts{
        {u"sykepleier"_s, u"Siri Sykepleier"_s, Role::Nurse}, {u"terapeut"_s, u"Tor Terapeut"_s, Role::Therapist},
        {u"inntak"_s, u"Ingrid Inntak"_s, Role::Coordinator}, {u"admin"_s, u"Are Administrator"_s, Role::Administrator}};
    for (const auto &[username, name, role] : accounts) {
        if (Result<qint64> added = staff.add(username, name, {role}, demoPassword()); !added)
            return Error{added.error()};
    }

    QRandomGenerator random(options.seed);
    PatientStore patients(journal);
    Summary summary;
    QSet<QString> taken;
    const QDate today = clinictime::today();
    const qint64 spanDays = qint64(options.years) * 365;

    for (int start = 0; start < options.patients; start += patientsPerTransaction) {
        WriteTransaction transaction(journal);
        if (!transaction.started())
            return Error{transaction.started().error()};
        const int end = std::min(options.patients, start + patientsPerTransaction);
        for (int i = start; i < end; ++i) {
            const bool male = random.bounded(100) < 68; // most patients in treatment are men
            const QDate registered = today.addDays(-random.bounded(spanDays));
            const QDate birthDate = registered.addYears(-(18 + random.bounded(52))).addDays(-random.bounded(365));
            const NationalId id = syntheticId(random, birthDate, male, taken);

            NewPatient patient;
            patient.nationalId = id.digits();
            patient.givenNames = pick(random, male ? demonames::maleGivenNames() : demonames::femaleGivenNames());
            if (random.bounded(5) == 0)
                patient.givenNames += u' ' + pick(random, male ? demonames::maleGivenNames() : demonames::femaleGivenNames());
            patient.familyName = pick(random, demonames::familyNames());
            if (random.bounded(10) == 0)
                patient.familyName = pick(random, demonames::familyNames()) + u'-' + patient.familyName;
            patient.phone = phoneNumber(random);
            patient.address = pick(random, demonames::streets()) + u' ' + QString::number(1 + random.bounded(120))
                + u", " + pick(random, demonames::towns());
            patient.gpPractice = pick(random, demonames::gpPractices());
            patient.gpName = u"Dr. "_s + pick(random, demonames::familyNames());
            patient.registeredAt = clinictime::at(registered, QTime(8 + random.bounded(8), random.bounded(60)));

            Result<qint64> added = patients.add(patient);
            if (!added)
                return Error{added.error()};
            ++summary.patients;
            if (random.bounded(10) < 9) {
                Result<bool> enrolled = DemoEpisodes::add(journal, random, *added, registered, today);
                if (!enrolled)
                    return Error{enrolled.error()};
                summary.episodes += *enrolled ? 1 : 0;
            }

            if (random.bounded(10) < 7) {
                NextOfKin kin;
                static const QStringList relations{tr("spouse"), tr("mother"), tr("father"), tr("sister"),
                                                   tr("brother"), tr("daughter"), tr("son"), tr("partner")};
                kin.relation = pick(random, relations);
                kin.name = pick(random, random.bounded(2) ? demonames::maleGivenNames() : demonames::femaleGivenNames())
                    + u' ' + patient.familyName;
                kin.phone = phoneNumber(random);
                kin.consentToShare = random.bounded(10) < 6;
                kin.consentRecordedAt = patient.registeredAt.addSecs(600);
                Result<qint64> kinAdded = patients.addNextOfKin(*added, kin);
                if (!kinAdded)
                    return Error{kinAdded.error()};
                ++summary.nextOfKin;
            }
        }
        if (Status committed = transaction.commit(); !committed)
            return Error{committed.error()};
        if (progress)
            progress(tr("%1 of %2 patients written").arg(end).arg(options.patients));
    }
    if (options.history) {
        Result<DemoHistory::Counts> history = DemoHistory::add(journal, random, today, progress);
        if (!history)
            return Error{history.error()};
        summary.tests = history->tests;
        summary.notes = history->notes;
        summary.referrals = history->referrals;
        summary.bedStays = history->bedStays;
    } else {
        Result<int> tests = DemoTests::add(journal, random, today, std::min(options.years * 365, 14));
        if (!tests)
            return Error{tests.error()};
        summary.tests = *tests;
    }
    if (progress)
        progress(tr("group rounds"));
    Result<int> sessions = DemoGroups::add(journal, random, today, options.history ? today.addDays(-spanDays) : QDate());
    if (!sessions)
        return Error{sessions.error()};
    Result<DemoIntake::Counts> intake = DemoIntake::add(journal, random, today, !options.history);
    if (!intake)
        return Error{intake.error()};
    summary.referrals += intake->referrals;
    summary.bedStays += intake->bedStays;
    if (options.history) {
        Result<DemoComing::Counts> coming = DemoComing::add(journal, random, today);
        if (!coming)
            return Error{coming.error()};
        summary.relapseStays = coming->relapseStays;
        summary.sessions = coming->sessions;
        summary.episodes += coming->relapseStays;
    }
    return summary;
}

} // namespace trinn
