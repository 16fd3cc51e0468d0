#include "demointake.h"

#include "demo/demonames.h"
#include "storage/intakestore.h"
#include "storage/substanceteststore.h"

#include <QRandomGenerator>

namespace trinn {

namespace {

Result<int> addBeds(Journal &journal, QRandomGenerator &random, QDate today)
{
    BedStore beds(journal);
    const QStringList rooms{QStringLiteral("Fjell"), QStringLiteral("Fjord"), QStringLiteral("Skog"), QStringLiteral("Vidde")};
    QList<qint64> bedIds;
    for (const QString &room : rooms) {
        for (int n = 1; n <= 8; ++n) {
            Result<qint64> id = beds.addBed({0, DemoIntake::tr("The clinic"), room, QString::number(n)});
            if (!id)
                return Error{id.error()};
            bedIds << *id;
        }
    }
    Result<QList<SubstanceTestStore::BoardRow>> admitted = SubstanceTestStore(journal).board(today);
    if (!admitted)
        return Error{admitted.error()};
    int next = 0;
    for (const auto &row : std::as_const(*admitted)) {
        if (!row.residential || next >= bedIds.size())
            continue;
        // Stays run to the planned end of the residential phases; a bed already taken is passed over.
        Result<qint64> stay = beds.book(bedIds.at(next), row.patientId, today.addDays(-random.bounded(1, 20)), QDate(), row.episodeId);
        if (stay)
            ++next;
    }
    return next; // one stay booked per bed taken
}

} // namespace

Result<DemoIntake::Counts> DemoIntake::add(Journal &journal, QRandomGenerator &random, QDate today, bool bookBeds)
{
    Counts counts;
    if (bookBeds) {
        Result<int> booked = addBeds(journal, random, today);
        if (!booked)
            return Error{booked.error()};
        counts.bedStays = *booked;
    }
    ReferralStore referrals(journal);
    for (int i = 0; i < 14; ++i) {
        Referral r;
        const bool male = random.bounded(2) == 0;
        r.personName = (male ? demonames::maleGivenNames() : demonames::femaleGivenNames()).at(random.bounded(30)) + u' '
            + demonames::familyNames().at(random.bounded(90));
        r.source = ReferralRules::sources().at(random.bounded(int(ReferralRules::sources().size())));
        r.receivedOn = today.addDays(-random.bounded(0, 25));
        r.requestedService = i % 3 == 0 ? QStringLiteral("municipal-day-treatment") : QStringLiteral("residential-12-step");
        r.priority = 1 + random.bounded(3);
        Result<qint64> id = referrals.receive(r);
        if (!id)
            return Error{id.error()};
        ++counts.referrals;
        if (i % 2 == 0 && r.receivedOn < today.addDays(-5)) {
            if (Status assessed = referrals.assess(*id, r.receivedOn.addDays(5), r.receivedOn.addDays(5 + random.bounded(20, 60)), r.priority);
                !assessed)
                return Error{assessed.error()};
            if (i % 4 == 0) {
                if (Status planned = referrals.planAdmission(*id, today.addDays(random.bounded(3, 30))); !planned)
                    return Error{planned.error()};
            }
        }
    }
    return counts;
}

} // namespace trinn
