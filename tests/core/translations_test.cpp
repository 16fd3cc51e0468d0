#include "support/testjournals.h"

#include "common/clinictime.h"
#include "common/journalwords.h"
#include "common/translations.h"
#include "programs/builtinprograms.h"
#include "storage/episodestore.h"
#include "storage/nextofkinstore.h"
#include "storage/patientstore.h"
#include "patients/nationalid.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTranslator>
#include <QDialogButtonBox>
#include <QPushButton>

TEST_CASE("Messages are translated into Bokmål and Nynorsk", "[translations]")
{
    const QString language = GENERATE(QStringLiteral("nb"), QStringLiteral("nn"));
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/trinn_") + language + QStringLiteral(".qm")));
    QCoreApplication::installTranslator(&translator);
    const trinn::Result<trinn::NationalId> id = trinn::NationalId::parse(QStringLiteral("15858510056"));
    QCoreApplication::removeTranslator(&translator);
    REQUIRE_FALSE(id.ok());
    CAPTURE(language);
    CHECK_THAT(id.error().toStdString(), Catch::Contains("kontrollsiffer"));
}

TEST_CASE("English is the source language", "[translations]")
{
    const trinn::Result<trinn::NationalId> id = trinn::NationalId::parse(QStringLiteral("15858510056"));
    CHECK(id.error() == QStringLiteral("The second check digit does not match."));
}

TEST_CASE("Trinn finds its translations where the package installs them, else beside itself, else built in", "[translations]")
{
    // As installed: <prefix>/bin/trinn and <prefix>/share/trinn/translations.
    const QString prefix = trinn::test::tempFolder() + QStringLiteral("/prefix");
    const QString bin = prefix + QStringLiteral("/bin");
    const QString installed = prefix + QStringLiteral("/share/trinn/translations");
    const QStringList folders = trinn::translationFolders(bin);
    REQUIRE(folders == QStringList{installed, bin, QStringLiteral(":/i18n")});

    QTranslator builtIn;
    REQUIRE(trinn::loadTrinnTranslation(builtIn, QStringLiteral("nn"), folders));
    CHECK(builtIn.filePath() == QStringLiteral(":/i18n/trinn_nn.qm"));

    REQUIRE(QDir().mkpath(installed));
    REQUIRE(QDir().mkpath(bin));
    REQUIRE(QFile::copy(QStringLiteral(":/i18n/trinn_nn.qm"), bin + QStringLiteral("/trinn_nn.qm")));
    QTranslator beside;
    REQUIRE(trinn::loadTrinnTranslation(beside, QStringLiteral("nn"), folders));
    CHECK(beside.filePath() == bin + QStringLiteral("/trinn_nn.qm"));

    REQUIRE(QFile::copy(QStringLiteral(":/i18n/trinn_nn.qm"), installed + QStringLiteral("/trinn_nn.qm")));
    QTranslator fromPackage;
    REQUIRE(trinn::loadTrinnTranslation(fromPackage, QStringLiteral("nn"), folders));
    CHECK(fromPackage.filePath() == installed + QStringLiteral("/trinn_nn.qm"));

    // A damaged file is passed over for the next place.
    QFile damaged(installed + QStringLiteral("/trinn_nn.qm"));
    REQUIRE(damaged.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    REQUIRE(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write("not a translation");
    damaged.close();
    QTranslator passedOver;
    REQUIRE(trinn::loadTrinnTranslation(passedOver, QStringLiteral("nn"), folders));
    CHECK(passedOver.filePath() == bin + QStringLiteral("/trinn_nn.qm"));

    QTranslator none;
    CHECK_FALSE(trinn::loadTrinnTranslation(none, QStringLiteral("sv"), folders));
}

// A journal made by trinnctl holds the built-in programs' names and the
// demo's words in English; a reader in Bokmål sees them in Bokmål, and a
// name staff typed themselves as typed.
TEST_CASE("Words Trinn wrote into an English journal are shown in the reader's language", "[translations][journalwords]")
{
    using namespace trinn;
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    NewPatient kari;
    kari.nationalId = test::ids::born1985;
    kari.givenNames = QStringLiteral("Kari");
    kari.familyName = QStringLiteral("Nordmann");
    const Result<qint64> patient = PatientStore(*journal).add(kari);
    REQUIRE(patient.ok());
    REQUIRE(EpisodeStore(*journal).enrol({*patient, BuiltinPrograms::evening, clinictime::today(), {}, {}}).ok());
    NextOfKin mother;
    mother.name = QStringLiteral("Anne Nordmann");
    mother.relation = QStringLiteral("mother");
    mother.phone = QStringLiteral("41234567");
    REQUIRE(NextOfKinStore(*journal).add(*patient, mother).ok());

    QTranslator bokmal;
    REQUIRE(bokmal.load(QStringLiteral(":/i18n/trinn_nb.qm")));
    QCoreApplication::installTranslator(&bokmal);
    const Result<QList<Episode>> episodes = EpisodeStore(*journal).episodesOf(*patient);
    const Result<QList<NextOfKin>> kin = NextOfKinStore(*journal).of(*patient);
    const QString drug = journalwords::drug(QStringLiteral("methadone"));
    const QString typed = journalwords::program(QStringLiteral("Kveldsgruppe for unge"));
    const QString gathering = journalwords::program(QStringLiteral("Phase 2 gathering 3"));
    const QString typedNumbered = journalwords::program(QStringLiteral("Gruppe 3"));
    QCoreApplication::removeTranslator(&bokmal);

    REQUIRE(episodes.ok());
    REQUIRE(episodes->size() == 1);
    CHECK(episodes->constFirst().programName == QStringLiteral("Kveldsprogram"));
    REQUIRE_FALSE(episodes->constFirst().phases.isEmpty());
    const QString englishPhase = EpisodeStore(*journal).episodesOf(*patient)->constFirst().phases.constFirst().name;
    CAPTURE(englishPhase);
    CHECK(episodes->constFirst().phases.constFirst().name != englishPhase);
    REQUIRE(kin.ok());
    REQUIRE(kin->size() == 1);
    CHECK(kin->constFirst().relation == QStringLiteral("mor"));
    CHECK(drug == QStringLiteral("metadon"));
    CHECK(typed == QStringLiteral("Kveldsgruppe for unge"));
    CHECK(gathering != QStringLiteral("Phase 2 gathering 3"));
    CHECK(gathering.endsWith(QStringLiteral(" 3")));
    CHECK(typedNumbered == QStringLiteral("Gruppe 3"));
    // In English the stored words are shown as stored.
    CHECK(EpisodeStore(*journal).episodesOf(*patient)->constFirst().programName == QStringLiteral("Evening program"));
}

// Qt's own buttons and dialogs speak Bokmål too: Debian packages Qt's
// translations in Nynorsk only, so Trinn carries its own Bokmål for them.
TEST_CASE("Qt's own buttons are in Bokmaal and Nynorsk", "[translations][qt]")
{
    const QString language = GENERATE(QStringLiteral("nb"), QStringLiteral("nn"));
    CAPTURE(language);
    const trinn::test::LanguageGivenBack givenBack;
    REQUIRE(trinn::installTranslations(*qApp, language) == language);
    QDialogButtonBox buttons(QDialogButtonBox::Close | QDialogButtonBox::Cancel | QDialogButtonBox::Save);
    CHECK(buttons.button(QDialogButtonBox::Close)->text().remove(u'&') == QStringLiteral("Lukk"));
    CHECK(buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&') == QStringLiteral("Avbryt"));
    CHECK(buttons.button(QDialogButtonBox::Save)->text().remove(u'&') == (language == u"nb" ? QStringLiteral("Lagre") : QStringLiteral("Lagra")));
}
