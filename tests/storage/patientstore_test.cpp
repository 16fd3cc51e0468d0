#include "support/testjournals.h"

#include "storage/journal.h"
#include "storage/patientstore.h"
#include "storage/timelinestore.h"

using namespace trinn;
using trinn::test::Backend;

namespace {

QStringList familyNames(const QList<PatientSummary> &rows)
{
    QStringList names;
    for (const PatientSummary &row : rows)
        names << row.givenNames + u' ' + row.familyName;
    return names;
}

// Synthetic ids: born 1970–1999, made by Trinn's own generator (tested in test_core).
QString syntheticId(int n)
{
    // Not every individual number has valid check digits: take the first that does.
    for (int individual = 100 + (n * 7) % 390;; ++individual) {
        if (const auto id = NationalId::make(QDate(1970, 1, 1).addDays(n * 37), individual, NationalId::Kind::BirthNumber, true))
            return id->digits();
    }
}

} // namespace

TEST_CASE("Registering a patient stores the facts derived from the id", "[storage][patients]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    std::unique_ptr<Journal> journal = test::createJournal(backend);
    PatientStore patients(*journal);

    NewPatient kari = test::newPatient(QStringLiteral("158585 10055"), QStringLiteral(" Kari  Anne "), QStringLiteral("Nordmann"));
    kari.phone = QStringLiteral("41234567");
    kari.gpName = QStringLiteral("Dr. Lege");
    const Result<qint64> id = patients.add(kari);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());

    const Result<Patient> stored = patients.get(*id);
    REQUIRE(stored.ok());
    CHECK(stored->nationalId == QStringLiteral("15858510055"));
    CHECK(stored->birthDate == QDate(1985, 5, 15));
    CHECK(stored->givenNames == QStringLiteral("Kari Anne"));
    CHECK(stored->fullName() == QStringLiteral("Kari Anne Nordmann"));
    CHECK(stored->phone == QStringLiteral("41234567"));
    CHECK(stored->gpName == QStringLiteral("Dr. Lege"));
    CHECK(stored->email.isEmpty());
    CHECK(stored->createdAt.isValid());
    CHECK(*patients.count() == 1);
}

TEST_CASE("Bad registrations are refused with the reason and store nothing", "[storage][patients]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    std::unique_ptr<Journal> journal = test::createJournal(backend);
    PatientStore patients(*journal);
    REQUIRE(patients.add(test::newPatient(test::ids::born1985, QStringLiteral("Kari"), QStringLiteral("Nordmann"))).ok());

    struct Case
    {
        NewPatient patient;
        const char *reason;
    };
    const QList<Case> cases{
        {test::newPatient(test::ids::born1985, QStringLiteral("Ola"), QStringLiteral("Hansen")), "already registered (Kari Nordmann)"},
        {test::newPatient(QStringLiteral("15858510056"), QStringLiteral("Ola"), QStringLiteral("Hansen")), "second check digit does not match"},
        {test::newPatient(QStringLiteral("1585851005"), QStringLiteral("Ola"), QStringLiteral("Hansen")), "11 digits"},
        {test::newPatient(QStringLiteral("01013850085"), QStringLiteral("Ola"), QStringLiteral("Hansen")), "synthetic national ids"},
        {test::newPatient(test::ids::born1990a, QString(), QStringLiteral("  ")), "needs a name"},
    };
    for (const Case &c : cases) {
        const Result<qint64> refused = patients.add(c.patient);
        REQUIRE_FALSE(refused.ok());
        CHECK_THAT(refused.error().toStdString(), Catch::Contains(c.reason));
    }
    CHECK(*patients.count() == 1);
    CHECK_FALSE(patients.get(999).ok());
}

TEST_CASE("A clinic journal refuses synthetic ids", "[storage][patients]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS(), JournalKind::Clinic);
    const Result<qint64> refused = PatientStore(*journal).add(test::newPatient(test::ids::born1985, QStringLiteral("Kari"), QStringLiteral("Nordmann")));
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().toStdString(), Catch::Contains("only a demo journal takes those"));
}

TEST_CASE("Search finds patients by name parts and id prefix and ranks them", "[storage][patients][search]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    std::unique_ptr<Journal> journal = test::createJournal(backend);
    PatientStore patients(*journal);
    const QList<NewPatient> people{
        test::newPatient(syntheticId(1), QStringLiteral("Øyvind"), QStringLiteral("Hansen")),
        test::newPatient(syntheticId(2), QStringLiteral("Hans"), QStringLiteral("Berg-Olsen")),
        test::newPatient(syntheticId(3), QStringLiteral("Kari"), QStringLiteral("Hans")),
        test::newPatient(syntheticId(4), QStringLiteral("Åse"), QStringLiteral("Hanssen")),
        test::newPatient(syntheticId(5), QStringLiteral("Ola"), QStringLiteral("Nordmann")),
        test::newPatient(syntheticId(6), QStringLiteral("Hans Petter"), QStringLiteral("Aas")),
    };
    for (const NewPatient &p : people)
        REQUIRE(patients.add(p).ok());

    SECTION("exact family name first, then exact given names, then prefixes")
    {
        const auto found = patients.search(QStringLiteral("hans"), 10);
        REQUIRE(found.ok());
        CHECK(familyNames(*found) == QStringList{QStringLiteral("Kari Hans"), QStringLiteral("Hans Petter Aas"),
                                                 QStringLiteral("Hans Berg-Olsen"), QStringLiteral("Øyvind Hansen"),
                                                 QStringLiteral("Åse Hanssen")});
    }
    SECTION("case and Norwegian letters fold")
    {
        const auto found = patients.search(QStringLiteral("ØYV"), 10);
        REQUIRE(found.ok());
        CHECK(familyNames(*found) == QStringList{QStringLiteral("Øyvind Hansen")});
        const auto aase = patients.search(QStringLiteral("åse"), 10);
        REQUIRE(aase.ok());
        CHECK(familyNames(*aase) == QStringList{QStringLiteral("Åse Hanssen")});
    }
    SECTION("every word must match; hyphenated names match by either part")
    {
        const auto found = patients.search(QStringLiteral("olsen ha"), 10);
        REQUIRE(found.ok());
        CHECK(familyNames(*found) == QStringList{QStringLiteral("Hans Berg-Olsen")});
        CHECK(patients.search(QStringLiteral("ola hansen"), 10)->isEmpty());
    }
    SECTION("digits search the national id from its start")
    {
        const QString id = syntheticId(5);
        const auto found = patients.search(id.left(6), 10);
        REQUIRE(found.ok());
        REQUIRE_FALSE(found->isEmpty());
        for (const PatientSummary &row : *found)
            CHECK(row.nationalId.startsWith(id.left(6)));
        const auto exact = patients.search(id, 10);
        REQUIRE(exact->size() == 1);
        CHECK(exact->first().familyName == QStringLiteral("Nordmann"));
        const auto mixed = patients.search(QStringLiteral("ola ") + id.left(4), 10);
        REQUIRE(mixed->size() == 1);
    }
    SECTION("nothing typed, or nothing matching, gives no rows")
    {
        CHECK(patients.search(QString(), 10)->isEmpty());
        CHECK(patients.search(QStringLiteral(" -,. "), 10)->isEmpty());
        CHECK(patients.search(QStringLiteral("zzz"), 10)->isEmpty());
        CHECK(patients.search(QStringLiteral("999"), 10)->isEmpty());
        CHECK(patients.search(QStringLiteral("'; DROP TABLE patient; --"), 10)->isEmpty());
        CHECK(*patients.count() == 6);
    }
}

TEST_CASE("Search results come in pages without overlap", "[storage][patients][search]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    std::unique_ptr<Journal> journal = test::createJournal(backend);
    PatientStore patients(*journal);
    for (int i = 0; i < 23; ++i)
        REQUIRE(patients.add(test::newPatient(syntheticId(10 + i), QStringLiteral("Per"), QStringLiteral("Olsen%1").arg(QChar(u'a' + i)))).ok());
    // Two of their words match "per": each comes once all the same.
    for (int i = 0; i < 5; ++i)
        REQUIRE(patients.add(test::newPatient(syntheticId(40 + i), QStringLiteral("Per"), QStringLiteral("Persen%1").arg(QChar(u'a' + i)))).ok());
    QSet<qint64> seen;
    QList<qint64> shown;
    int offset = 0;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        const auto page = patients.searchPage(QStringLiteral("per"), 10, offset, &seen);
        REQUIRE(page.ok());
        CHECK(page->nextOffset > offset);
        for (const PatientSummary &row : page->patients)
            shown << row.id;
        offset = page->nextOffset;
        more = page->mayHaveMore;
    }
    CHECK(pages == 4); // 33 matching words, 10 to a page
    CHECK(shown.size() == 28);
    CHECK(QSet<qint64>(shown.begin(), shown.end()).size() == 28);

    const auto firstTen = patients.search(QStringLiteral("per"), 10);
    REQUIRE(firstTen.ok());
    CHECK(firstTen->size() == 10);
    const auto everyone = patients.search(QStringLiteral("per"), 100);
    REQUIRE(everyone.ok());
    CHECK(everyone->size() == 28);
}

TEST_CASE("Next of kin with consent show in the patient's journal", "[storage][patients]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    std::unique_ptr<Journal> journal = test::createJournal(backend);
    PatientStore patients(*journal);
    const Result<qint64> id = patients.add(test::newPatient(test::ids::born1985, QStringLiteral("Kari"), QStringLiteral("Nordmann")));
    REQUIRE(id.ok());

    NextOfKin mother;
    mother.name = QStringLiteral("Inger Nordmann");
    mother.relation = QStringLiteral("mother");
    mother.phone = QStringLiteral("91234567");
    mother.consentToShare = true;
    REQUIRE(patients.addNextOfKin(*id, mother).ok());
    NextOfKin brother;
    brother.name = QStringLiteral("Per Nordmann");
    brother.relation = QStringLiteral("brother");
    REQUIRE(patients.addNextOfKin(*id, brother).ok());

    NextOfKin nameless;
    nameless.relation = QStringLiteral("sister");
    CHECK_THAT(patients.addNextOfKin(*id, nameless).error().toStdString(), Catch::Contains("needs a name"));
    CHECK_THAT(patients.addNextOfKin(4242, mother).error().toStdString(), Catch::Contains("no patient number 4242"));

    const Result<Patient> kari = patients.get(*id);
    REQUIRE(kari.ok());
    REQUIRE(kari->nextOfKin.size() == 2);
    CHECK(kari->nextOfKin.at(0).consentToShare);
    CHECK(kari->nextOfKin.at(0).consentRecordedAt.isValid());
    CHECK_FALSE(kari->nextOfKin.at(1).consentToShare);

    const Result<QList<TimelineEntry>> timeline = TimelineStore(*journal).timeline(*id);
    REQUIRE(timeline.ok());
    REQUIRE(timeline->size() == 2);
    QStringList titles;
    for (const TimelineEntry &entry : *timeline)
        titles << entry.title;
    CHECK(titles.contains(QStringLiteral("Registered in Trinn")));
    CHECK(titles.contains(QStringLiteral("Consent to share information with Inger Nordmann")));
}
