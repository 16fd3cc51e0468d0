#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;

namespace trinn {

class Journal;
class StaffComboBox;

/// Plans a Phase 2 gathering as one event: its first day, room and the staff
/// member who holds it, for the patients in Phase 2 ticked in the list. The
/// rules and the writing are core's (GatheringStore::plan, through the Gate).
class PlanGatheringDialog : public QDialog
{
    Q_OBJECT
public:
    PlanGatheringDialog(Journal &journal, QDate start, QWidget *parent = nullptr);

    QDate startDay() const;
    /// What was planned, for the calendar's status line.
    QString outcome() const { return m_outcome; }
    /// Ticks (or unticks) a patient by name; false when nobody who may be
    /// ticked has that name (those already coming stay ticked).
    bool tick(const QString &name, bool on = true);
    void accept() override;

private:
    void loadCandidates();

    Journal &m_journal;
    QDateEdit *m_start;
    QLineEdit *m_room;
    StaffComboBox *m_staff;
    QListWidget *m_patients;
    QLineEdit *m_reason;
    QLabel *m_problem;
    QString m_outcome;
};

} // namespace trinn
