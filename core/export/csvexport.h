#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace trinn {

class Journal;

/// Lists as CSV for spreadsheets. The form is the one Excel in Norway opens
/// with a double click: UTF-8 with a byte order mark (without it Excel reads
/// Windows-1252 and breaks æ, ø and å), ';' between fields (a Norwegian
/// Excel takes ',' for the decimal comma), CRLF line ends, and fields quoted
/// as RFC 4180 says: a field holding ';', '"', CR or LF is put in quotes and
/// its quotes doubled. Dates are 14.03.2027 and times 08:15, clinic time.
/// Each export reads through the stores, so it passes the gate and is
/// audited like the screen it comes from ("exported … as CSV").
class CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)
public:
    static QByteArray document(const QStringList &header, const QList<QStringList> &rows);
    static QString field(const QString &value);

    /// The day's test board, as the nurse sees it.
    static Result<QByteArray> board(Journal &journal, QDate day);
    /// A patient's tests, newest first, one row per sample.
    static Result<QByteArray> tests(Journal &journal, qint64 patientId);
    /// The attendance of a group: one row per member and held session.
    static Result<QByteArray> attendance(Journal &journal, qint64 groupId);
    /// The waiting list, by deadline, then priority.
    static Result<QByteArray> waitingList(Journal &journal);
};

} // namespace trinn
