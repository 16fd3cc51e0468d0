#pragma once

#include "testing/substancetest.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace trinn {

class Journal;
class SubstanceTestStore;
class TestBoardModel;
class TestEntryForm;
class WorkspaceRefresh;

/// The nurse's morning round. Type a name to jump to a patient, Enter to
/// record their test, Enter again to save and go on to the next patient not
/// yet tested. A second test of a patient that day asks whether it corrects
/// the first or is a second sample. Ctrl+H shows the patient's test history
/// with every version, Ctrl+I imports lab results.
class TestBoardWorkspace : public QWidget
{
    Q_OBJECT
public:
    explicit TestBoardWorkspace(Journal &journal, QWidget *parent = nullptr);
    ~TestBoardWorkspace() override;

    void reload();
    /// Reads the board again after a change made here or elsewhere, keeping
    /// the selected patient and the scroll position.
    void refresh();
    void showHistory();
    void importLabResults();
    /// Imports a lab file; one that cannot be imported lists every bad row with its line.
    void importLabFile(const QString &file);
    TestBoardModel *model() const { return m_model; }
    /// Shows another day's board (an earlier day's tests are entered late, with the reason).
    void showDay(QDate day);
    /// The day's list as shown (its unit and site), in a print preview.
    void print();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void beginEntry();
    void save();
    void store(const SubstanceTest &test, SameDay sameDay, const QString &reason);
    void selectRow(int row);
    void updateSummary();
    void fillFilters();
    void fitFixedColumns();
    void fitProgramColumn();
    void fitRowHeights();
    void applyFilter();

    Journal &m_journal;
    std::unique_ptr<SubstanceTestStore> m_tests;
    TestBoardModel *m_model;
    QLabel *m_summary;
    QDateEdit *m_day;
    QComboBox *m_unit;
    QComboBox *m_site;
    /// Whether the board follows today (moves on at midnight) or shows a day picked.
    bool m_followsToday = true;
    bool m_mayRecord = false;
    QTableView *m_table;
    TestEntryForm *m_entry;
    WorkspaceRefresh *m_refresh = nullptr;
};

} // namespace trinn
