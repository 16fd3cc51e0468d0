#pragma once

#include <QDialog>

class QTableWidget;

namespace trinn {

class Journal;

/// A patient's tests: a table (newest first, corrections and lab answers
/// shown) and a chart of how many substances each test found, over time.
class TestHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    TestHistoryDialog(Journal &journal, qint64 patientId, const QString &patientName, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace trinn
