#pragma once

#include "programs/treatmentplan.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace trinn {

class Journal;

/// Edits the treatment plan of an episode: goals, measures and a review date
/// for each life area, all on one page (Tab moves between cells).
class PlanEditorDialog : public QDialog
{
    Q_OBJECT
public:
    PlanEditorDialog(Journal &journal, qint64 episodeId, QWidget *parent = nullptr);

    void accept() override;
    QTableWidget *table() const { return m_table; }
    QDateEdit *reviewDate() const { return m_review; }
    QString problem() const;

private:
    Journal &m_journal;
    TreatmentPlan m_plan;
    QDateEdit *m_review;
    QLineEdit *m_reason;
    QTableWidget *m_table;
    QLabel *m_problem;
};

} // namespace trinn
