#pragma once

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace trinn {

class Journal;

/// What the services record beside the phases, for the open patient and their
/// current episode: coercion with its legal basis, advice to relatives, a
/// relative's family program, a relapse assessment, a day of day treatment
/// and 12-step progress. Each form says why when a rule refuses it.
class CareRecordsDialog : public QDialog
{
    Q_OBJECT
public:
    CareRecordsDialog(Journal &journal, qint64 patientId, QWidget *parent = nullptr);

    void recordCoercion();
    void recordAdvice();
    void recordFamilyStay();
    void recordRelapse();
    void recordDayTreatment();
    void recordStep();
    QString problem() const;

private:
    qint64 currentEpisode() const;
    void report(const QString &error, const QString &done);

    Journal &m_journal;
    qint64 m_patientId;
    QLineEdit *m_legalBasis;
    QLineEdit *m_decidedBy;
    QDateEdit *m_coercionDate;
    QDateEdit *m_coercionUntil;
    QLineEdit *m_relative;
    QCheckBox *m_accepted;
    QLineEdit *m_familyRelative;
    QLineEdit *m_familyRelation;
    QDateEdit *m_familyStart;
    QSpinBox *m_soberDays;
    QLineEdit *m_cause;
    QLineEdit *m_circumstances;
    QCheckBox *m_serious;
    QDateEdit *m_dayDate;
    QSpinBox *m_dayMinutes;
    QLineEdit *m_dayReason;
    QSpinBox *m_step;
    QDateEdit *m_stepStarted;
    QDateEdit *m_stepCompleted;
    QCheckBox *m_stepDone;
    QLineEdit *m_stepReason;
    QLabel *m_confirmedBy; // the signed-in staff member, who confirms a completed step
    QLabel *m_problem;
};

} // namespace trinn
