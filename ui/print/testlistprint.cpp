#include "testlistprint.h"

#include "common/clinictime.h"
#include "storage/journal.h"
#include "storage/substanceteststore.h"
#include "testing/testboardmodel.h"

namespace trinn {

Result<PrintJob> TestListPrint::build(Journal &journal, QDate day, const QString &unit, const QString &site)
{
    // Read again, through the gate (and audited), as it stands when printed.
    SubstanceTestStore tests(journal);
    const Result<QList<SubstanceTestStore::BoardRow>> board = tests.board(day);
    if (!board)
        return Error{board.error()};
    const Result<QHash<qint64, QString>> sites = tests.sitesOn(day);
    const QHash<qint64, QString> siteOf = sites ? *sites : QHash<qint64, QString>();

    QList<QStringList> rows;
    for (const SubstanceTestStore::BoardRow &r : *board) {
        if (!TestBoardModel::passes(r, siteOf.value(r.patientId), unit, site))
            continue;
        const QString time = r.sampledAt.isValid() ? clinictime::local(r.sampledAt).toString(QStringLiteral("HH:mm")) : QString();
        rows.append({r.name, r.nationalId, r.program, TestBoardModel::statusText(r.outcome), time, QString(), QString()});
    }
    QStringList scope;
    if (!unit.isEmpty())
        scope << TestBoardModel::unitName(unit);
    if (!site.isEmpty())
        scope << site;
    const QString title = tr("Test list %1").arg(clinictime::formatDate(day));
    QString subtitle = tr("Patients to test: %1").arg(rows.size());
    if (!scope.isEmpty())
        subtitle = tr("%1 · %2").arg(scope.join(QStringLiteral(", ")), subtitle);
    QString body = Printing::heading(title, subtitle);
    body += Printing::table({tr("Patient"), tr("National id"), tr("Program"), tr("Status"), tr("Time"), tr("Taken by"),
                             tr("Patient's signature")},
                            rows, {18, 11, 20, 10, 6, 13, 22}, {0, 1, 4});
    body += Printing::signatureLines({tr("Date and signature, nurse responsible")});
    body += Printing::printedBy(journal);
    PrintJob job{title, tr("test-list-%1.pdf").arg(day.toString(Qt::ISODate)), Printing::document(title, body)};
    job.landscape = true;
    return job;
}

} // namespace trinn
