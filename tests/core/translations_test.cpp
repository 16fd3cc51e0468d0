#include "support/testjournals.h"

#include "common/translations.h"
#include "patients/nationalid.h"

#include <QCoreApplication>
#include <QTranslator>

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
