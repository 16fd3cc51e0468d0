#include "testboardworkspace.h"

#include "common/csvsave.h"
#include "common/datefield.h"
#include "print/testlistprint.h"
#include "export/csvexport.h"

#include "common/clinictime.h"
#include "common/workspacerefresh.h"
#include "access/gate.h"
#include "storage/journal.h"
#include "storage/labimport.h"
#include "storage/substanceteststore.h"
#include "testing/testboardmodel.h"
#include "testing/testinterpretation.h"
#include "testing/testentryform.h"
#include "testing/labimportproblems.h"
#include "testing/testhistorydialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace trinn {
namespace {

// One line, elided (the whole text in the tooltip), in a table whose findings wrap.
class OneLineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->features &= ~QStyleOptionViewItem::WrapText;
    }
};

// The rows the columns are sized to, at the least: more than a screen of
// the board holds (a taller table: every row it shows, see resizeEvent).
constexpr int sizedRows = 40;

} // namespace

TestBoardWorkspace::TestBoardWorkspace(Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_tests(std::make_unique<SubstanceTestStore>(journal))
    , m_model(new TestBoardModel(*m_tests, this))
    , m_summary(new QLabel(this))
    , m_day(new QDateEdit(this))
    , m_unit(new QComboBox(this))
    , m_site(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_entry(new TestEntryForm(this))
{
    m_table->setObjectName(QStringLiteral("testBoard"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    // Long findings wrap onto a second line rather than being cut.
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // One line a row; a row whose findings do not fit gets two (fitRowHeights):
    // sizing every row to its contents laid out every cell of the day's board,
    // most of the time the board took to show.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Everything but the findings fits its text; the findings take the rest
    // (the whole text in the tooltip), so nothing needs a horizontal scroll.
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Sized to the header and a screenful of rows (the visible ones first),
    // not to every row of the day: sizing a 432-row board to all its
    // contents laid out every cell, most of Ctrl+2 to the board painted. A
    // longer name further down is elided (whole in its tooltip).
    m_table->horizontalHeader()->setResizeContentsPrecision(sizedRows);
    m_table->horizontalHeader()->setSectionResizeMode(TestBoardModel::FindingsColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TestBoardModel::ProgramColumn, QHeaderView::Interactive);
    fitFixedColumns();
    m_table->setItemDelegateForColumn(TestBoardModel::ProgramColumn, new OneLineDelegate(m_table));
    m_table->horizontalHeader()->setMinimumSectionSize(40);
    m_table->setAccessibleName(tr("Test board"));
    m_table->installEventFilter(this);
    m_summary->setObjectName(QStringLiteral("boardSummary"));
    // On two lines rather than widening the window past 1280 pixels.
    m_summary->setWordWrap(true);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_summary->setFont(big);

    auto *history = new QPushButton(tr("Test histor&y (Ctrl+H)"), this);
    auto *import = new QPushButton(tr("&Import lab results… (Ctrl+I)"), this);
    import->setObjectName(QStringLiteral("importLabResults"));
    m_entry->setObjectName(QStringLiteral("testEntry"));
    connect(history, &QPushButton::clicked, this, &TestBoardWorkspace::showHistory);
    connect(import, &QPushButton::clicked, this, &TestBoardWorkspace::importLabResults);
    auto *exportBoard = new QPushButton(tr("Export &CSV…"), this);
    connect(exportBoard, &QPushButton::clicked, this, [this] {
        const QDate day = m_model->day().isValid() ? m_model->day() : clinictime::today();
        exportCsv(this, tr("test-board-%1.csv").arg(day.toString(Qt::ISODate)), [this, day] { return CsvExport::board(m_journal, day); });
    });
    QPushButton *print = Printing::button(this, tr("Pri&nt list… (Ctrl+P)"), [this] {
        return TestListPrint::build(m_journal, m_model->day(), m_model->unitFilter(), m_model->siteFilter());
    });
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(history);
    top->addWidget(import);
    top->addWidget(exportBoard);
    top->addWidget(print);

    // Which day, unit and site the board shows.
    m_day->setObjectName(QStringLiteral("boardDay"));
    m_day->setKeyboardTracking(false); // a typed day is read once it is whole
    styleAsClinicDate(m_day);
    m_day->setDate(clinictime::today());
    m_unit->setObjectName(QStringLiteral("unitFilter"));
    m_site->setObjectName(QStringLiteral("siteFilter"));
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *dayLabel = new QLabel(tr("&Day:"), this);
    dayLabel->setBuddy(m_day);
    auto *unitLabel = new QLabel(tr("&Unit:"), this);
    unitLabel->setBuddy(m_unit);
    auto *siteLabel = new QLabel(tr("Sit&e:"), this);
    siteLabel->setBuddy(m_site);
    auto *today = new QPushButton(tr("T&oday"), this);
    today->setObjectName(QStringLiteral("boardToday"));
    connect(today, &QPushButton::clicked, this, [this] { showDay(clinictime::today()); });
    auto *filters = new QHBoxLayout;
    filters->addWidget(dayLabel);
    filters->addWidget(m_day);
    filters->addWidget(today);
    filters->addSpacing(16);
    filters->addWidget(unitLabel);
    filters->addWidget(m_unit);
    filters->addWidget(siteLabel);
    filters->addWidget(m_site);
    filters->addStretch(1);
    connect(m_day, &QDateEdit::dateChanged, this, [this](QDate day) {
        if (day != m_model->day())
            showDay(day);
    });
    connect(m_unit, &QComboBox::activated, this, &TestBoardWorkspace::applyFilter);
    connect(m_site, &QComboBox::activated, this, &TestBoardWorkspace::applyFilter);

    m_entry->setMinimumWidth(290);
    m_entry->setMaximumWidth(320);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 3);
    middle->addWidget(m_entry, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addLayout(middle, 1);
    // Roles that read tests but do not take them (a therapist) are shown the
    // board without the entry form and the lab import.
    m_mayRecord = Gate::allows(journal, AccessPolicy::Data::Tests, AccessPolicy::Action::Write).allowed;
    m_entry->setVisible(m_mayRecord);
    import->setVisible(m_mayRecord);
    layout->addWidget(new QLabel(m_mayRecord ? tr("Type a name to find a patient · Enter: record · Enter: save and next · "
                                                  "Escape: back to the list")
                                             : tr("Type a name to find a patient · Ctrl+H: the patient's test history"),
                                 this));

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
    if (!m_model->day().isValid() || (m_followsToday && m_model->day() != clinictime::today()))
        showDay(clinictime::today());
}

void TestBoardWorkspace::showDay(QDate day)
{
    // No test is taken tomorrow: a later day typed goes back to the day shown.
    // (No maximum on the field: it would refuse a day typed digit by digit.)
    if (!day.isValid() || day > clinictime::today())
        day = m_model->day().isValid() ? m_model->day() : clinictime::today();
    m_followsToday = day == clinictime::today();
    {
        const QSignalBlocker quiet(m_day);
        m_day->setDate(day);
    }
    m_entry->setEnabled(false);
    reload();
}

void TestBoardWorkspace::fitFixedColumns()
{
    // A status or a time is one of a few texts: their columns are as wide as
    // the widest of them (in bold, as "not tested" and "positive" are shown),
    // so one further down than the rows sized to is never elided.
    QFont bold = m_table->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    // The margins an item view gives a cell's text (as ResizeToContents would), and the grid line.
    const int padding = 2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1) + 1;
    QHeaderView *header = m_table->horizontalHeader();
    const auto fix = [&](int column, const QStringList &texts) {
        int width = header->sectionSizeHint(column);
        for (const QString &text : texts)
            width = std::max(width, metrics.horizontalAdvance(text) + padding);
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        m_table->setColumnWidth(column, width);
    };
    using Outcome = TestInterpretation::Outcome;
    QStringList statuses{TestBoardModel::statusText(QString())};
    for (Outcome outcome : {Outcome::Negative, Outcome::Expected, Outcome::Positive, Outcome::Missing, Outcome::Refused,
                            Outcome::Pending})
        statuses << TestBoardModel::statusText(TestInterpretation::outcomeCode(outcome));
    fix(TestBoardModel::StatusColumn, statuses);
    fix(TestBoardModel::TimeColumn, {QTime(0, 0).toString(QStringLiteral("HH:mm")), QTime(20, 48).toString(QStringLiteral("HH:mm"))});
}

void TestBoardWorkspace::fitProgramColumn()
{
    // The program's long names share the row with the findings: at most a
    // quarter of the table (elided, whole in the tooltip), the findings the rest.
    // Never past the table's right edge either (cut there, not elided).
    m_table->resizeColumnToContents(TestBoardModel::ProgramColumn);
    const int width = m_table->viewport()->width();
    int others = m_table->horizontalHeader()->minimumSectionSize(); // the findings, at the least
    for (int column = 0; column < TestBoardModel::ColumnCount; ++column) {
        if (column != TestBoardModel::ProgramColumn && column != TestBoardModel::FindingsColumn)
            others += m_table->columnWidth(column);
    }
    const int room = std::max(m_table->horizontalHeader()->minimumSectionSize(), std::min(std::max(160, width / 4), width - others));
    if (m_table->columnWidth(TestBoardModel::ProgramColumn) > room)
        m_table->setColumnWidth(TestBoardModel::ProgramColumn, room);
}

void TestBoardWorkspace::fitRowHeights()
{
    const QFontMetrics metrics = m_table->fontMetrics();
    const int line = m_table->verticalHeader()->defaultSectionSize();
    const int room = m_table->columnWidth(TestBoardModel::FindingsColumn) - 2 * metrics.averageCharWidth();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString findings = m_model->data(m_model->index(row, TestBoardModel::FindingsColumn)).toString();
        const bool wraps = !findings.isEmpty() && metrics.horizontalAdvance(findings) > room;
        m_table->setRowHeight(row, wraps ? line + metrics.lineSpacing() : line);
    }
}

void TestBoardWorkspace::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Every visible row counts (Qt sizes from the visible rows first).
    const int visible = m_table->viewport()->height() / std::max(1, m_table->verticalHeader()->defaultSectionSize()) + 1;
    m_table->horizontalHeader()->setResizeContentsPrecision(std::max(sizedRows, visible));
    fitProgramColumn();
    fitRowHeights();
}

void TestBoardWorkspace::fillFilters()
{
    // The choices are the units and sites on the day's board; a choice made stays.
    const auto fill = [](QComboBox *box, const QStringList &codes, const QString &chosen, const auto &name, const QString &all) {
        const QSignalBlocker quiet(box);
        box->clear();
        box->addItem(all, QString());
        for (const QString &code : codes)
            box->addItem(name(code), code);
        const int at = box->findData(chosen);
        box->setCurrentIndex(std::max(0, at));
    };
    fill(m_unit, m_model->units(), m_model->unitFilter(), [](const QString &c) { return TestBoardModel::unitName(c); },
         tr("All units"));
    fill(m_site, m_model->sites(), m_model->siteFilter(), [](const QString &c) { return c; }, tr("All sites"));
    m_site->setEnabled(m_site->count() > 1);
}

void TestBoardWorkspace::applyFilter()
{
    const KeepPlace place(m_table, TestBoardModel::PatientIdRole, TestBoardModel::PatientColumn);
    m_model->setFilter(m_unit->currentData().toString(), m_site->currentData().toString());
    fitRowHeights();
    updateSummary();
    if (!m_table->currentIndex().isValid())
        selectRow(0);
}

void TestBoardWorkspace::print()
{
    Printing::preview(this, [this] {
        return TestListPrint::build(m_journal, m_model->day(), m_model->unitFilter(), m_model->siteFilter());
    });
}

void TestBoardWorkspace::reload()
{
    const qint64 current = m_table->currentIndex().isValid()
        ? m_model->data(m_table->currentIndex(), TestBoardModel::PatientIdRole).toLongLong() : 0;
    if (m_refresh)
        m_refresh->markFresh();
    const QString error = m_model->load(m_followsToday ? clinictime::today() : m_day->date());
    const QString unit = m_model->unitFilter();
    const QString site = m_model->siteFilter();
    fillFilters();
    fitProgramColumn();
    // A unit or site no longer on the board shows all.
    if (m_unit->currentData().toString() != unit || m_site->currentData().toString() != site)
        m_model->setFilter(m_unit->currentData().toString(), m_site->currentData().toString());
    fitRowHeights();
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
    // Filtered, the summary counts the rows shown and says of how many.
    const QString summary = m_model->totalCount() != total
        ? tr("%1 — %2 to test (of %6 on the board) · %3 tested · <b>%4 missing</b> · %5 flagged")
        : tr("%1 — %2 to test · %3 tested · <b>%4 missing</b> · %5 flagged%6");
    m_summary->setText(summary
                           .arg(QLocale().toString(m_model->day(), QStringLiteral("dddd dd.MM.yyyy")))
                           .arg(total)
                           .arg(total - missing)
                           .arg(missing)
                           .arg(m_model->flaggedCount())
                           .arg(m_model->totalCount() != total ? QString::number(m_model->totalCount()) : QString()));
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
    if (!current.isValid() || !m_mayRecord)
        return;
    const SubstanceTestStore::BoardRow &row = m_model->row(current.row());
    m_entry->begin(row.patientId, row.name, m_model->day());
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
    // An earlier day's test says why it is late; core keeps the reason and audits it.
    const Result<qint64> recorded = m_entry->isLate() ? m_tests->recordLate(test, m_entry->lateReason(), sameDay, reason)
                                                      : m_tests->record(test, sameDay, reason);
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
    if (!file.isEmpty())
        importLabFile(file);
}

void TestBoardWorkspace::importLabFile(const QString &file)
{
    const Result<int> imported = LabImport::importFile(m_journal, file);
    if (!imported) {
        LabImportProblemsDialog problems(file, imported.error(), this);
        problems.exec();
    } else
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
        if (key->key() == Qt::Key_I && key->modifiers() == Qt::ControlModifier && m_mayRecord) {
            importLabResults();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace trinn
