#include "accessreportdialog.h"

#include "common/clinictime.h"
#include "storage/auditlog.h"
#include "storage/patientstore.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPageSize>
#include <QPdfWriter>
#include <QPushButton>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace trinn {

AccessReportDialog::AccessReportDialog(Journal &journal, qint64 patientId, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    const Result<Patient> patient = PatientStore(journal).get(patientId);
    m_title = patient ? tr("Access report for %1 (%2)").arg(patient->fullName(), patient->nationalId) : patient.error();
    setWindowTitle(m_title);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Workstation"), tr("What"), tr("Emergency access")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    if (const Result<QList<AuditLog::Record>> records = AuditLog::forPatient(journal, patientId)) {
        m_table->setRowCount(int(records->size()));
        int row = 0;
        for (const AuditLog::Record &r : *records) {
            const QStringList cells{clinictime::formatDateTime(r.at), r.actor, r.workstation,
                                    tr("%1: %2").arg(r.action, r.what), r.emergencyReason};
            for (int column = 0; column < cells.size(); ++column)
                m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
            ++row;
        }
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *pdf = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Save the access report"), QStringLiteral("access-report.pdf"),
                                                          tr("PDF files (*.pdf)"));
        if (!file.isEmpty())
            saveAsPdf(file);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(m_title, this));
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(860, 520);
}

QString AccessReportDialog::saveAsPdf(const QString &file) const
{
    QString html = QStringLiteral("<h2>%1</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>").arg(m_title.toHtmlEscaped());
    for (int column = 0; column < m_table->columnCount(); ++column)
        html += QStringLiteral("<th>%1</th>").arg(m_table->horizontalHeaderItem(column)->text().toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int row = 0; row < m_table->rowCount(); ++row) {
        html += QStringLiteral("<tr>");
        for (int column = 0; column < m_table->columnCount(); ++column)
            html += QStringLiteral("<td>%1</td>").arg(m_table->item(row, column)->text().toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    QPdfWriter writer(file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(m_title);
    QTextDocument document;
    document.setHtml(html);
    document.print(&writer);
    return QFileInfo(file).size() > 0 ? QString() : tr("Could not write %1.").arg(file);
}

} // namespace trinn
