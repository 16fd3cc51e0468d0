#include "support/testjournals.h"

#include "storage/labimport.h"

using namespace trinn;

TEST_CASE("A lab file is read in one encoding (UTF-8 or else Latin-1 throughout) and a mix is refused with its line",
          "[storage][reliability][lab]")
{
    const QByteArray header = "national_id;sample_date;analyte;result;value;unit;cutoff;lab_reference\n";
    const QByteArray utf8Row = "15858510055;2027-03-14;cocaine;positive;850;ng/mL;300;LAB-\xC3\x98-1\n";
    const QByteArray latin1Row = "15858510055;2027-03-15;cocaine;negative;;ng/mL;300;LAB-\xD8-2\n";

    const Result<QString> utf8 = LabImport::decode(header + utf8Row);
    REQUIRE(utf8.ok());
    CHECK(utf8->contains(QStringLiteral("LAB-Ø-1")));

    const Result<QString> bom = LabImport::decode("\xEF\xBB\xBF" + header + utf8Row);
    REQUIRE(bom.ok());
    CHECK(bom->startsWith(QStringLiteral("national_id")));

    const Result<QString> latin1 = LabImport::decode(header + latin1Row);
    REQUIRE(latin1.ok());
    CHECK(latin1->contains(QStringLiteral("LAB-Ø-2")));

    // The file: UTF-8, with one stray Latin-1 byte on line 3.
    const Result<QString> mixed = LabImport::decode(header + utf8Row + latin1Row);
    REQUIRE_FALSE(mixed.ok());
    CHECK_THAT(mixed.error().toStdString(), Catch::StartsWith("Line 3:") && Catch::Contains("Nothing was imported"));

    // Windows-1252's letters in 0x80-0x9F are not Latin-1 text.
    const Result<QString> cp1252 = LabImport::decode(header + "15858510055;2027-03-15;cocaine;negative;;ng/mL;300;LAB-\x80-3\n");
    REQUIRE_FALSE(cp1252.ok());
    CHECK_THAT(cp1252.error().toStdString(), Catch::StartsWith("Line 2:"));
}
