#pragma once

#include "testing/substancetest.h"

#include <QColor>
#include <QDialog>

class QTableWidget;

namespace trinn {

class Journal;

/// A patient's tests: a table (newest first; under each sample the versions
/// it replaced, with who wrote each, when and why) and a chart of how many
/// substances each test found, over time.
class TestHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    TestHistoryDialog(Journal &journal, qint64 patientId, const QString &patientName, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

    /// A name as the journal keeps it; "(unverified)" when it matches no staff member.
    static QString staffName(const QString &name, bool verified);
    /// The chart's colour of an outcome ("positive", "negative", …): the
    /// same in every chart, whatever order the series are drawn in.
    static QColor statusColour(const QString &outcome);
    /// The outcomes in the order the legend lists them.
    static QStringList statusOrder();

private:
    static QString versionText(const SubstanceTest &test);
    static QString reasonText(const SubstanceTest &test);

    QTableWidget *m_table;
};

} // namespace trinn
