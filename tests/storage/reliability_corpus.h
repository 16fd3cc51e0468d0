#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace trinn::test::corpus {

/// One damaged journal file of the corpus, alone in its own folder.
struct Item
{
    QString name; // e.g. "header byte 18 bit 2", "page flip 7", "truncated to 100 bytes"
    QString path;
    QString kind; // header, page, wal, truncated, foreign, newer, fifo, figure
};

/// Makes the damaged-file corpus under `folder`, the same every time: a small
/// demo journal (seed 7), then copies of it with one bit of the header
/// flipped (every header byte), random bytes of its pages and of a live
/// write-ahead log flipped (fixed seed), cut short, files of other formats, a
/// journal from a newer Trinn in both logging modes, and a FIFO (made here,
/// at test time: a FIFO cannot be kept in git).
/// `original` gets the untouched journal's path.
QList<Item> make(const QString &folder, QString *original);

} // namespace trinn::test::corpus
