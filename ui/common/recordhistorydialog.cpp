#include "recordhistorydialog.h"

#include "common/clinictime.h"
#include "common/problemlabel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace trinn {

namespace {

QString describe(const RecordHistory::Version &v)
{
    QStringList parts;
    for (const RecordHistory::FieldChange &c : v.changes) {
        if (v.operation == QLatin1String("INSERT"))
            parts << QCoreApplication::translate("RecordHistoryDialog", "%1: %2").arg(c.label, c.after);
        else if (v.operation == QLatin1String("DELETE"))
            parts << QCoreApplication::translate("RecordHistoryDialog", "%1 was %2").arg(c.label, c.before);
        else
            parts << QCoreApplication::translate("RecordHistoryDialog", "%1: %2 → %3")
                         .arg(c.label, c.before.isEmpty() ? QStringLiteral("–") : c.before, c.after.isEmpty() ? QStringLiteral("–") : c.after);
    }
    // One change a line: the row grows to show them all.
    return parts.join(QLatin1Char('\n'));
}

QString operationName(const QString &operation)
{
    if (operation == QLatin1String("INSERT"))
        return QCoreApplication::translate("RecordHistoryDialog", "Recorded");
    if (operation == QLatin1String("DELETE"))
        return QCoreApplication::translate("RecordHistoryDialog", "Removed");
    if (operation == QLatin1String("TRUNCATE"))
        return QCoreApplication::translate("RecordHistoryDialog", "Emptied");
    return QCoreApplication::translate("RecordHistoryDialog", "Changed");
}

} // namespace

RecordHistoryDialog::RecordHistoryDialog(Journal &journal, RecordHistory::Record record, qint64 rowId, qint64 patientId, QWidget *parent)
    : QDialog(parent)
    , m_versions(new QTreeWidget(this))
{
    setWindowTitle(tr("History of %1").arg(RecordHistory::nameOf(record)));
    m_versions->setHeaderLabels({tr("When"), tr("By"), tr("Record"), tr("What"), tr("Changes"), tr("Reason")});
    m_versions->setRootIsDecorated(false);
    m_versions->setWordWrap(true);
    m_versions->setAlternatingRowColors(true);
    auto *problem = new QLabel(this);
    styleAsProblem(problem);
    const Result<QList<RecordHistory::Version>> versions = rowId != 0 ? RecordHistory::of(journal, record, rowId, patientId)
                                                                      : RecordHistory::ofPatient(journal, record, patientId);
    if (!versions) {
        problem->setText(versions.error());
    } else {
        for (const RecordHistory::Version &v : *versions) {
            auto *item = new QTreeWidgetItem(m_versions, {clinictime::formatDateTime(v.at),
                                                          v.outsideTrinn ? tr("%1 (outside Trinn)").arg(v.author) : v.author,
                                                          v.row, operationName(v.operation), describe(v), v.reason});
            item->setToolTip(4, describe(v));
        }
        if (versions->isEmpty())
            problem->setText(tr("Nothing recorded yet."));
    }
    m_versions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_versions->header()->setSectionResizeMode(4, QHeaderView::Stretch);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_versions, 1);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    resize(900, 420);
    m_versions->setFocus();
}

QStringList RecordHistoryDialog::shownLines() const
{
    QStringList lines;
    for (int i = 0; i < m_versions->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_versions->topLevelItem(i);
        QStringList cells;
        for (int c = 0; c < m_versions->columnCount(); ++c)
            cells << item->text(c);
        lines << cells.join(QStringLiteral(" | "));
    }
    return lines;
}

void RecordHistoryDialog::bindShortcut(QWidget *owner, Journal &journal, RecordHistory::Record record, std::function<qint64()> which,
                                       std::function<qint64()> patient)
{
    auto *key = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_H), owner);
    key->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(key, &QShortcut::activated, owner, [owner, &journal, record, which, patient] {
        RecordHistoryDialog dialog(journal, record, which(), patient(), owner);
        dialog.setObjectName(QStringLiteral("recordHistory"));
        dialog.exec();
    });
}

} // namespace trinn
