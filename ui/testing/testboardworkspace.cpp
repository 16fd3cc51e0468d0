#include "testboardworkspace.h"

#include "common/csvsave.h"
#include "export/csvexport.h"

#include "common/clinictime.h"
#include "common/workspacerefresh.h"
#include "storage/journal.h"
#include "storage/labimport.h"
#include "storage/substanceteststore.h"
#include "testing/testboardmodel.h"
#include "testing/testentryform.h"
#include "testing/testhistorydialog.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace trinn {

TestBoardWorkspace::TestBoardWorkspace(Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_tests(std::make_unique<SubstanceTestStore>(journal))
    , m_model(new TestBoardModel(*m_tests, this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_entry(new TestEntryForm(this))
{
    m_table->setObjectName(QStringLiteral("testBoard"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TestBoardModel::FindingsColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Test board"));
    m_table->installEventFilter(this);
    m_summary->setObjectName(QStringLiteral("boardSummary"));
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_summary->setFont(big);

    auto *history = new QPushButton(tr("Test &history (Ctrl+H)"), this);
    auto *import = new QPushButton(tr("&Import lab results… (Ctrl+I)"), this);
    connect(history, &QPushButton::clicked, this, &TestBoardWorkspace::showHistory);
    connect(import, &QPushButton::clicked, this, &TestBoardWorkspace::importLabResults);
    auto *exportBoard = new QPushButton(tr("Export &CSV…"), this);
    connect(exportBoard, &QPushButton::clicked, this, [this] {
        const QDate day = m_model->day().isValid() ? m_model->day() : clinictime::today();
        exportCsv(this, tr("test-board-%1.csv").arg(day.toString(Qt::ISODate)), [this, day] { return CsvExport::board(m_journal, day); });
    });
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(history);
    top->addWidget(import);
    top->addWidget(exportBoard);

    m_entry->setMinimumWidth(320);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 3);
    middle->addWidget(m_entry, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(new QLabel(tr("Type a name to find a patient · Enter: record · Enter: save and next · "
                                    "Escape: back to the list"), this));

    connect(m_entry, &TestEntryForm::saveRequested, this, &TestBoardWorkspace::save);
    connect(m_entry, &TestEntryForm::cancelled, this, [this] { m_table->setFocus(); });
    setFocusProxy(m_table);
    // The board shows who is admitted and due (programs, patients), their tests
    // and the medication that explains a finding.
    m_refresh = new WorkspaceRefresh(this, journal,
                         {AccessPolicy::Data::Tests, AccessPolicy::Data::Programs, AccessPolicy::Data::Patient,
                          AccessPolicy::Data::Medication},
                         [this](const JournalChanges::Areas &) { refresh(); });
}

TestBoardWorkspace::~TestBoardWorkspace() = default;

// Loaded when shown, not when built: see LoadOnShow. Shown on a new day, today's board.
void TestBoardWorkspace::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_model->day() != clinictime::today())
        reload();
}

void TestBoardWorkspace::reload()
{
    const qint64 current = m_table->currentIndex().isValid()
        ? m_model->data(m_table->currentIndex(), TestBoardModel::PatientIdRole).toLongLong() : 0;
    if (m_refresh)
        m_refresh->markFresh();
    const QString error = m_model->load(clinictime::today());
    updateSummary();
    if (!error.isEmpty())
        m_summary->setText(error);
    const Result<QList<SubstanceTestStore::Taker>> takers = m_tests->takers();
    m_entry->setTakers(takers ? *takers : QList<SubstanceTestStore::Taker>(), m_journal.actor());
    int row = 0;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (m_model->row(i).patientId == current)
            row = i;
    }
    if (current == 0 && m_model->rowCount() > 0 && !m_model->row(0).outcome.isEmpty())
        row = std::max(0, m_model->nextUntested(0));
    selectRow(row);
}

void TestBoardWorkspace::refresh()
{
    const KeepPlace place(m_table, TestBoardModel::PatientIdRole, TestBoardModel::PatientColumn);
    reload();
}

void TestBoardWorkspace::updateSummary()
{
    const int total = m_model->rowCount();
    const int missing = m_model->untestedCount();
    m_summary->setText(tr("%1 — %2 to test · %3 tested · <b>%4 missing</b> · %5 flagged")
                           .arg(QLocale().toString(m_model->day(), QStringLiteral("dddd dd.MM.yyyy")))
                           .arg(total)
                           .arg(total - missing)
                           .arg(missing)
                           .arg(m_model->flaggedCount()));
}

void TestBoardWorkspace::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_table->setCurrentIndex(m_model->index(row, TestBoardModel::PatientColumn));
    m_table->scrollTo(m_table->currentIndex());
}

void TestBoardWorkspace::beginEntry()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const SubstanceTestStore::BoardRow &row = m_model->row(current.row());
    m_entry->begin(row.patientId, row.name);
}

void TestBoardWorkspace::save()
{
    const Result<SubstanceTest> test = m_entry->test();
    if (!test) {
        m_entry->showProblem(test.error());
        return;
    }
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const SubstanceTestStore::BoardRow row = m_model->row(current.row());
    // A second test of the day is never saved over the first: ask what it is.
    const Result<QList<SubstanceTest>> earlier = m_tests->testsOn(test->patientId, clinictime::local(test->sampledAt).date());
    if (!earlier) {
        m_entry->showProblem(earlier.error());
        return;
    }
    if (earlier->isEmpty()) {
        store(*test, SameDay::NotExpected, QString());
        return;
    }
    const Result<TestInterpretation::Reading> reading = m_tests->interpret(earlier->constLast());
    if (!reading) {
        m_entry->showProblem(reading.error());
        return;
    }
    const QString question = SameDayRule::decide(*earlier, SameDay::NotExpected, QString(), row.fullName,
                                                 TestInterpretation::findings(*reading))
                                 .reason;
    auto *dialog = new SameDayDialog(question, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, t = *test] {
        // Saved once the dialog is gone, so the focus can come back to the board.
        QTimer::singleShot(0, this, [this, t, choice = dialog->choice(), reason = dialog->reason()] { store(t, choice, reason); });
    });
    connect(dialog, &QDialog::rejected, this, [this] { QTimer::singleShot(0, m_entry, [this] { m_entry->setFocus(); }); });
    dialog->open();
}

void TestBoardWorkspace::store(const SubstanceTest &test, SameDay sameDay, const QString &reason)
{
    const Result<qint64> recorded = m_tests->record(test, sameDay, reason);
    if (!recorded) {
        m_entry->showProblem(recorded.error());
        return;
    }
    const int savedRow = m_table->currentIndex().row();
    // The board read again here shows the test just saved: no refresh for it.
    if (m_refresh)
        m_refresh->markFresh();
    m_model->load(m_model->day());
    updateSummary();
    const int next = m_model->nextUntested(savedRow);
    selectRow(next >= 0 ? next : savedRow);
    m_entry->setEnabled(false);
    m_table->setFocus();
}

void TestBoardWorkspace::showHistory()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const SubstanceTestStore::BoardRow &row = m_model->row(current.row());
    TestHistoryDialog dialog(m_journal, row.patientId, row.name, this);
    dialog.exec();
    reload();
}

void TestBoardWorkspace::importLabResults()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import lab results"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (file.isEmpty())
        return;
    const Result<int> imported = LabImport::importFile(m_journal, file);
    if (!imported)
        QMessageBox::warning(this, tr("Lab results not imported"), imported.error());
    else
        QMessageBox::information(this, tr("Lab results imported"), tr("%1 results imported.").arg(*imported));
    reload();
}

bool TestBoardWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            beginEntry();
            return true;
        }
        if (key->key() == Qt::Key_H && key->modifiers() == Qt::ControlModifier) {
            showHistory();
            return true;
        }
        if (key->key() == Qt::Key_I && key->modifiers() == Qt::ControlModifier) {
            importLabResults();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace trinn
