#include "sqlitefile.h"

#include <QtEndian>

using namespace Qt::StringLiterals;

namespace trinn {
namespace {

quint32 be32(const QByteArray &bytes, qint64 at)
{
    return qFromBigEndian<quint32>(bytes.constData() + at);
}

SqliteFile::Finding damaged(const QString &reason)
{
    return {SqliteFile::Verdict::Damaged, reason};
}

// The write-ahead log's running checksum (SQLite's walChecksumBytes): pairs
// of 32-bit words, little- or big-endian as the log's magic number says.
void checksum(const char *data, qint64 size, bool bigEndian, quint32 &s1, quint32 &s2)
{
    for (qint64 i = 0; i + 8 <= size; i += 8) {
        const quint32 a = bigEndian ? qFromBigEndian<quint32>(data + i) : qFromLittleEndian<quint32>(data + i);
        const quint32 b = bigEndian ? qFromBigEndian<quint32>(data + i + 4) : qFromLittleEndian<quint32>(data + i + 4);
        s1 += a + s2;
        s2 += b + s1;
    }
}

} // namespace

SqliteFile::Finding SqliteFile::header(const QByteArray &bytes, qint64 fileSize, bool walPresent)
{
    if (bytes.size() < 16 || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return {Verdict::NotSqlite, {}};
    if (bytes.size() < 100)
        return damaged(tr("the file ends inside its 100-byte header"));
    const auto byte = [&](int at) { return quint8(bytes.at(at)); };
    const quint32 rawPageSize = (quint32(byte(16)) << 8) | byte(17);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return damaged(tr("its header gives a page size of %1 bytes, which SQLite never writes").arg(rawPageSize));
    // 1 is a rollback journal, 2 write-ahead logging; SQLite opens a file
    // with a larger write version read-only, and refuses a larger read version.
    if (byte(18) < 1 || byte(18) > 2 || byte(19) < 1 || byte(19) > 2)
        return damaged(tr("its header's file format version bytes are %1 and %2 (only 1 and 2 exist)")
                           .arg(byte(18))
                           .arg(byte(19)));
    if (byte(21) != 64 || byte(22) != 32 || byte(23) != 32)
        return damaged(tr("its header's payload fractions are %1, %2 and %3 (they must be 64, 32 and 32)")
                           .arg(byte(21))
                           .arg(byte(22))
                           .arg(byte(23)));
    if (pageSize - byte(20) < 480)
        return damaged(tr("its header reserves %1 bytes of every %2-byte page").arg(byte(20)).arg(pageSize));
    const quint32 schemaFormat = be32(bytes, 44);
    if (schemaFormat > 4)
        return damaged(tr("its header gives schema format %1 (only 1 to 4 exist)").arg(schemaFormat));
    const quint32 encoding = be32(bytes, 56);
    if (encoding > 3)
        return damaged(tr("its header gives text encoding %1 (only 1 to 3 exist)").arg(encoding));
    for (int at = 72; at < 92; ++at) {
        if (byte(at) != 0)
            return damaged(tr("byte %1 of its header, reserved and always 0, is %2").arg(at).arg(byte(at)));
    }
    if (fileSize % pageSize != 0)
        return damaged(tr("its size is not a whole number of pages, so it was cut short"));
    // The page count in the header counts when it was written with the
    // change counter it carries; a log beside the file may hold pages past its end.
    const quint32 pages = be32(bytes, 28);
    if (!walPresent && pages != 0 && be32(bytes, 92) == be32(bytes, 24) && qint64(pages) * pageSize > fileSize)
        return damaged(tr("its header says it has %1 pages, but the file holds %2, so it was cut short")
                           .arg(pages)
                           .arg(fileSize / pageSize));
    return {};
}

SqliteFile::Finding SqliteFile::trinnHeader(const QByteArray &bytes)
{
    if (bytes.size() < 100)
        return damaged(tr("the file ends inside its 100-byte header"));
    // Trinn journals are UTF-8 and never set these (default cache size, the
    // auto-vacuum root page, incremental vacuum, application id); the user
    // version is JournalChanges' commit counter, any number.
    if (be32(bytes, 56) != 1)
        return damaged(tr("its header gives text encoding %1, but Trinn journals are UTF-8 (1)").arg(be32(bytes, 56)));
    for (int at : {48, 52, 64, 68}) {
        if (be32(bytes, at) != 0)
            return damaged(tr("bytes %1 to %2 of its header hold %3 where Trinn always leaves 0")
                               .arg(at)
                               .arg(at + 3)
                               .arg(be32(bytes, at)));
    }
    return {};
}

SqliteFile::Finding SqliteFile::wal(const QByteArray &bytes)
{
    constexpr qint64 headerSize = 32;
    constexpr qint64 frameHeaderSize = 24;
    if (bytes.isEmpty())
        return {};
    const bool anyData = bytes.count('\0') != bytes.size();
    if (bytes.size() < headerSize)
        return anyData ? damaged(tr("its write-ahead log ends inside its header")) : Finding{};
    const quint32 magic = be32(bytes, 0);
    if ((magic & 0xfffffffe) != 0x377f0682 || be32(bytes, 4) != 3007000)
        return anyData ? damaged(tr("its write-ahead log has no valid header, so SQLite would ignore what it holds"))
                       : Finding{};
    const bool bigEndian = (magic & 1) != 0;
    quint32 s1 = 0, s2 = 0;
    checksum(bytes.constData(), 24, bigEndian, s1, s2);
    if (s1 != be32(bytes, 24) || s2 != be32(bytes, 28))
        return damaged(tr("its write-ahead log's header fails its checksum, so SQLite would ignore what it holds"));
    const qint64 pageSize = be32(bytes, 8);
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return damaged(tr("its write-ahead log gives a page size of %1 bytes").arg(pageSize));
    const quint32 salt1 = be32(bytes, 16), salt2 = be32(bytes, 20);
    const qint64 frameSize = frameHeaderSize + pageSize;
    const qint64 frames = (bytes.size() - headerSize) / frameSize;
    const auto frameAt = [&](qint64 i) { return headerSize + i * frameSize; };
    const auto current = [&](qint64 at) { return be32(bytes, at + 8) == salt1 && be32(bytes, at + 12) == salt2; };

    // SQLite reads frames until the first whose salt or checksum is wrong and
    // keeps the transactions committed before it. A crash leaves at most one
    // torn transaction at the end (no commit after it); a commit of this
    // log's generation after a bad frame is a committed write SQLite would drop.
    qint64 bad = -1;
    for (qint64 i = 0; i < frames; ++i) {
        const qint64 at = frameAt(i);
        if (!current(at) || be32(bytes, at) == 0) {
            bad = i;
            break;
        }
        checksum(bytes.constData() + at, 8, bigEndian, s1, s2);
        checksum(bytes.constData() + at + frameHeaderSize, pageSize, bigEndian, s1, s2);
        if (s1 != be32(bytes, at + 16) || s2 != be32(bytes, at + 20)) {
            if (be32(bytes, at + 4) != 0)
                return damaged(tr("frame %1 of its write-ahead log, which commits a transaction, fails its checksum")
                                   .arg(i + 1));
            bad = i;
            break;
        }
    }
    if (bad < 0)
        return {};
    for (qint64 i = bad + 1; i < frames; ++i) {
        const qint64 at = frameAt(i);
        if (current(at) && be32(bytes, at + 4) != 0)
            return damaged(tr("frame %1 of its write-ahead log is damaged, and SQLite would drop the transactions "
                              "committed after it (up to frame %2)")
                               .arg(bad + 1)
                               .arg(i + 1));
    }
    return {};
}

} // namespace trinn
