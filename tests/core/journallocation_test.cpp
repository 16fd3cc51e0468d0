#include "storage/journallocation.h"

#include <catch2/catch.hpp>

// The desktop program never stores a database password: the address it
// remembers has none, and a password asked for goes into the address in
// memory only.

using namespace trinn;

TEST_CASE("A remembered PostgreSQL address keeps everything but the password", "[core][location]")
{
    const QString given = QStringLiteral("postgresql://trinn:hemmelig@db.klinikk.local:5433/journal?sslmode=require");
    CHECK(JournalLocation::hasPassword(given));
    const QString kept = JournalLocation::withoutPassword(given);
    CHECK(kept == QStringLiteral("postgresql://trinn@db.klinikk.local:5433/journal?sslmode=require"));
    CHECK_FALSE(JournalLocation::hasPassword(kept));
    CHECK_FALSE(kept.contains(QStringLiteral("hemmelig")));

    const QString inQuery = QStringLiteral("postgresql://trinn@/journal?host=/run/postgresql&password=hemmelig&port=5433");
    CHECK(JournalLocation::hasPassword(inQuery));
    const QString socket = JournalLocation::withoutPassword(inQuery);
    CHECK_FALSE(socket.contains(QStringLiteral("hemmelig")));
    const auto parsed = JournalLocation::parse(socket);
    REQUIRE(parsed.ok());
    CHECK(parsed->host == QStringLiteral("/run/postgresql"));
    CHECK(parsed->port == 5433);
    CHECK(parsed->userName == QStringLiteral("trinn"));
    CHECK(parsed->password.isEmpty());

    CHECK(JournalLocation::withoutPassword(QStringLiteral("/home/kari/klinikk.trinn")) == QStringLiteral("/home/kari/klinikk.trinn"));
    CHECK_FALSE(JournalLocation::hasPassword(QStringLiteral("/home/kari/klinikk.trinn")));
}

TEST_CASE("A password asked for reaches the connection, whatever it holds", "[core][location]")
{
    const QString password = QStringLiteral("p@ss&w=rd %x/é#?");
    for (const QString &address : {QStringLiteral("postgresql://trinn@db.klinikk.local/journal?sslmode=require"),
                                   QStringLiteral("postgresql://trinn@/journal?host=/run/postgresql")}) {
        CAPTURE(address.toStdString());
        const QString with = JournalLocation::withPassword(address, password);
        const auto parsed = JournalLocation::parse(with);
        REQUIRE(parsed.ok());
        CHECK(parsed->password == password);
        CHECK(parsed->userName == QStringLiteral("trinn"));
        CHECK(parsed->database == QStringLiteral("journal"));
        CHECK(JournalLocation::parse(JournalLocation::withoutPassword(with))->password.isEmpty());
    }
}
