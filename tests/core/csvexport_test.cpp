#include "common/csv.h"
#include "export/csvexport.h"

#include <catch2/catch.hpp>

// The CSV a spreadsheet gets: UTF-8 with a byte order mark, ';' between
// fields, CRLF, and RFC 4180 quoting of ';', '"' and line breaks.

using namespace trinn;

TEST_CASE("CSV for spreadsheets quotes what RFC 4180 says, with a byte order mark and semicolons", "[csv]")
{
    CHECK(CsvExport::field(QStringLiteral("Kari Nordmann")) == QStringLiteral("Kari Nordmann"));
    CHECK(CsvExport::field(QStringLiteral("a;b")) == QStringLiteral("\"a;b\""));
    CHECK(CsvExport::field(QStringLiteral("sa \"nei\"")) == QStringLiteral("\"sa \"\"nei\"\"\""));
    CHECK(CsvExport::field(QStringLiteral("line one\nline two")) == QStringLiteral("\"line one\nline two\""));
    CHECK(CsvExport::field(QStringLiteral("cr\rhere")) == QStringLiteral("\"cr\rhere\""));
    // A comma is no separator here: left as it is (a decimal comma, "Nordmann, Kari").
    CHECK(CsvExport::field(QStringLiteral("Nordmann, Kari")) == QStringLiteral("Nordmann, Kari"));

    const QByteArray document = CsvExport::document({QStringLiteral("Navn"), QStringLiteral("Merknad")},
                                                    {{QStringLiteral("Åse Ørn"), QStringLiteral("sa \"nei\"; gikk\nhjem")},
                                                     {QStringLiteral("Per"), QString()}});
    REQUIRE(document.startsWith("\xEF\xBB\xBF"));
    CHECK(document.mid(3)
          == QByteArray("Navn;Merknad\r\n"
                        "\xC3\x85se \xC3\x98rn;\"sa \"\"nei\"\"; gikk\nhjem\"\r\n"
                        "Per;\r\n"));
    // What Trinn's own reader (RFC 4180) makes of it is what was written.
    const QList<csv::Row> rows = csv::parse(QString::fromUtf8(document.mid(3)), u';');
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(1).fields == QStringList{QStringLiteral("Åse Ørn"), QStringLiteral("sa \"nei\"; gikk\nhjem")});
    CHECK(rows.at(2).fields == QStringList{QStringLiteral("Per"), QString()});
}
