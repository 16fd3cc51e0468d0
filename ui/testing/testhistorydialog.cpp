#include "testhistorydialog.h"

#include "common/clinictime.h"
#include "storage/substanceteststore.h"
#include "testing/testboardmodel.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QDialogButtonBox>
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
    SubstanceTestStore tests(journal);
    const Result<QList<SubstanceTest>> history = tests.history(patientId, 365);

    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Taken"), tr("Sample"), tr("Status"), tr("Findings"), tr("Lab"), tr("Version")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);

    auto *chart = new QChart;
    chart->setTitle(tr("Substances found per test"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QHash<QString, QScatterSeries *> series;
    int highest = 1;
    QDateTime first;
    QDateTime last;

    if (history) {
        m_table->setRowCount(int(history->size()));
        int row = 0;
        for (const SubstanceTest &t : *history) {
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
                                    t.version > 1 ? tr("%1: %2").arg(t.version).arg(t.correctionReason) : QStringLiteral("1")};
            for (int column = 0; column < cells.size(); ++column)
                m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
            ++row;

            int found = 0;
            for (const AnalyteResult &r : t.results)
                found += r.countsAsPositive() ? 1 : 0;
            highest = std::max(highest, found);
            const QString status = TestBoardModel::statusText(t.outcome);
            if (!series.contains(status)) {
                auto *s = new QScatterSeries;
                s->setName(status);
                s->setMarkerSize(9);
                series.insert(status, s);
            }
            series.value(status)->append(double(t.sampledAt.toMSecsSinceEpoch()), found);
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
    yAxis->setRange(0, highest + 1);
    yAxis->setLabelFormat(QStringLiteral("%d"));
    yAxis->setTitleText(tr("Substances"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    if (first.isValid())
        xAxis->setRange(clinictime::local(first).addDays(-1), clinictime::local(last).addDays(1));
    for (QScatterSeries *s : std::as_const(series)) {
        chart->addSeries(s);
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    }
    auto *view = new QChartView(chart, this);
    view->setMinimumHeight(220);
    view->setRenderHint(QPainter::Antialiasing);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    if (!history)
        layout->addWidget(new QLabel(history.error(), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(view);
    layout->addWidget(buttons);
    resize(860, 620);
}

} // namespace trinn
