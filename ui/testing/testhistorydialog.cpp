#include "testhistorydialog.h"

#include "common/csvsave.h"
#include "export/csvexport.h"

#include "common/clinictime.h"
#include "storage/auditlog.h"
#include "storage/substanceteststore.h"
#include "testing/testboardmodel.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QHeaderView>
#include <QLabel>
#include <QScatterSeries>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace trinn {

TestHistoryDialog::TestHistoryDialog(Journal &journal, qint64 patientId, const QString &patientName, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Test history: %1").arg(patientName));
    // One screen: one audit record, however many versions are read.
    AuditLog::ReadScope screen(journal, QStringLiteral("test history"));
    SubstanceTestStore tests(journal);
    const Result<QList<QList<SubstanceTest>>> history = tests.historyWithVersions(patientId, 365);

    const QStringList headers{tr("Taken"), tr("Sample"), tr("Status"), tr("Findings"), tr("Lab"), tr("Version"),
                              tr("Taken by"), tr("Written by"), tr("Written at"), tr("Reason")};
    m_table->setObjectName(QStringLiteral("testHistory"));
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);

    auto *chart = new QChart;
    chart->setTitle(tr("Substances found per test"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    // One series per outcome, made in a fixed order with a fixed colour.
    QHash<QString, QScatterSeries *> series;
    int highest = 1;
    QDateTime first;
    QDateTime last;

    if (history) {
        int rows = 0;
        for (const QList<SubstanceTest> &sample : *history)
            rows += int(sample.size());
        m_table->setRowCount(rows);
        int row = 0;
        for (const QList<SubstanceTest> &sample : *history) {
            // Newest version first; the ones it replaced below it, greyed.
            for (qsizetype v = sample.size() - 1; v >= 0; --v) {
                const SubstanceTest &t = sample.at(v);
                const Result<TestInterpretation::Reading> reading = tests.interpret(t);
                QString lab;
                if (t.labStatus == SubstanceTest::LabStatus::Pending)
                    lab = tr("pending");
                else if (t.labStatus == SubstanceTest::LabStatus::Confirmed)
                    lab = tr("confirmed (%1)").arg(t.labReference);
                const QStringList cells{clinictime::formatDateTime(t.sampledAt),
                                        SubstanceTest::sampleTypeName(t.sampleType) + (t.supervised ? QString() : tr(", not supervised")),
                                        TestBoardModel::statusText(t.outcome),
                                        reading ? reading->reasons.join(QStringLiteral("; ")) : reading.error(),
                                        lab,
                                        versionText(t),
                                        staffName(t.takenBy, t.takenByVerified),
                                        staffName(t.recordedBy, t.recordedByVerified),
                                        clinictime::formatDateTime(t.recordedAt),
                                        reasonText(t)};
                for (int column = 0; column < cells.size(); ++column) {
                    auto *item = new QTableWidgetItem(cells.at(column));
                    if (!t.current)
                        item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
                    m_table->setItem(row, column, item);
                }
                ++row;
            }

            const SubstanceTest &t = sample.constLast();
            int found = 0;
            for (const AnalyteResult &r : t.results)
                found += r.countsAsPositive() ? 1 : 0;
            highest = std::max(highest, found);
            if (!series.contains(t.outcome)) {
                auto *s = new QScatterSeries;
                s->setName(TestBoardModel::statusText(t.outcome));
                s->setObjectName(t.outcome);
                s->setMarkerSize(9);
                s->setColor(statusColour(t.outcome));
                s->setBorderColor(statusColour(t.outcome).darker(130));
                series.insert(t.outcome, s);
            }
            // The axis labels in the machine's time zone: the clinic's wall time is given as such.
            const QDateTime wall = clinictime::local(t.sampledAt);
            series.value(t.outcome)->append(double(QDateTime(wall.date(), wall.time()).toMSecsSinceEpoch()), found);
            if (!first.isValid() || t.sampledAt < first)
                first = t.sampledAt;
            if (!last.isValid() || t.sampledAt > last)
                last = t.sampledAt;
        }
    }

    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(QStringLiteral("dd.MM"));
    xAxis->setTitleText(tr("Date"));
    auto *yAxis = new QValueAxis;
    // Whole numbers only, one tick each: a count of substances has no 2.5.
    yAxis->setRange(0, highest + 1);
    yAxis->setTickType(QValueAxis::TicksDynamic);
    yAxis->setTickAnchor(0);
    yAxis->setTickInterval(1);
    yAxis->setMinorTickCount(0);
    yAxis->setLabelFormat(QStringLiteral("%d"));
    yAxis->setTitleText(tr("Substances"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    if (first.isValid()) {
        // Whole days from midnight to midnight, so no day's label repeats.
        const QDate from = clinictime::local(first).date().addDays(-1);
        const QDate to = clinictime::local(last).date().addDays(2);
        xAxis->setRange(from.startOfDay(), to.startOfDay());
        const qint64 days = from.daysTo(to);
        if (days <= 12)
            xAxis->setTickCount(int(days) + 1);
    }
    chart->legend()->setVisible(true);
    QStringList order = statusOrder();
    for (const QString &outcome : series.keys()) {
        if (!order.contains(outcome))
            order.append(outcome);
    }
    for (const QString &outcome : std::as_const(order)) {
        QScatterSeries *s = series.value(outcome);
        if (!s)
            continue;
        chart->addSeries(s);
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    }
    auto *view = new QChartView(chart, this);
    view->setObjectName(QStringLiteral("testChart"));
    view->setMinimumHeight(220);
    view->setRenderHint(QPainter::Antialiasing);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPushButton *exportTests = buttons->addButton(tr("Export &CSV…"), QDialogButtonBox::ActionRole);
    Journal *from = &journal;
    connect(exportTests, &QPushButton::clicked, this, [this, from, patientId] {
        exportCsv(this, tr("test-history.csv"), [from, patientId] { return CsvExport::tests(*from, patientId); });
    });
    auto *layout = new QVBoxLayout(this);
    if (!history)
        layout->addWidget(new QLabel(history.error(), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(view);
    layout->addWidget(buttons);
    resize(860, 620);
}

QString TestHistoryDialog::staffName(const QString &name, bool verified)
{
    // A name from an older journal that matches no one in the staff register.
    return verified ? name : tr("%1 (unverified)").arg(name);
}

QStringList TestHistoryDialog::statusOrder()
{
    return {QStringLiteral("negative"), QStringLiteral("expected"), QStringLiteral("pending"), QStringLiteral("positive"),
            QStringLiteral("refused"), QStringLiteral("missing")};
}

QColor TestHistoryDialog::statusColour(const QString &outcome)
{
    // The board's colours, told apart also in grey print: green, blue, amber, red, purple, dark grey.
    if (outcome == QStringLiteral("negative")) return QColor(0x1a, 0x7f, 0x37);
    if (outcome == QStringLiteral("expected")) return QColor(0x1f, 0x5f, 0xa8);
    if (outcome == QStringLiteral("pending")) return QColor(0xd0, 0x8c, 0x00);
    if (outcome == QStringLiteral("positive")) return QColor(0xc0, 0x10, 0x10);
    if (outcome == QStringLiteral("refused")) return QColor(0x7b, 0x2d, 0x9e);
    return QColor(0x44, 0x44, 0x44);
}

QString TestHistoryDialog::versionText(const SubstanceTest &test)
{
    QString what;
    switch (test.change) {
    case SubstanceTest::Change::Recorded: what = tr("recorded"); break;
    case SubstanceTest::Change::Corrected: what = tr("corrected"); break;
    case SubstanceTest::Change::LabResult: what = tr("lab's answer"); break;
    }
    return test.current ? tr("%1: %2").arg(test.version).arg(what) : tr("%1: %2, replaced").arg(test.version).arg(what);
}

QString TestHistoryDialog::reasonText(const SubstanceTest &test)
{
    if (test.change == SubstanceTest::Change::LabResult)
        return tr("Lab reference %1, entered by %2").arg(test.labReference, test.confirmedBy);
    // A first version with a reason was entered on a later day than it was taken.
    if (test.change == SubstanceTest::Change::Recorded && !test.correctionReason.isEmpty())
        return tr("entered late: %1").arg(test.correctionReason);
    return test.correctionReason;
}

} // namespace trinn
