#pragma once

#include "programs/programtemplate.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QVBoxLayout;

namespace trinn {

class Journal;

/// Enrols a patient in a program: choose the program and the first day, tick
/// optional phases and the criteria assessment, see the planned phases, and
/// Enter to enrol. A rule's refusal shows in the dialog with its reason.
class EnrolDialog : public QDialog
{
    Q_OBJECT
public:
    EnrolDialog(Journal &journal, qint64 patientId, QWidget *parent = nullptr);
    qint64 episodeId() const { return m_episodeId; }

    void accept() override;

private:
    void programChosen();
    void updatePlan();
    QStringList chosenOptionalPhases() const;

    Journal &m_journal;
    qint64 m_patientId;
    QList<ProgramTemplate> m_programs;
    QComboBox *m_program;
    QDateEdit *m_start;
    QLabel *m_description;
    QWidget *m_optionalBox;
    QVBoxLayout *m_optionalLayout;
    QList<QCheckBox *> m_optional;
    QWidget *m_criteriaBox;
    QVBoxLayout *m_criteriaLayout;
    QList<QCheckBox *> m_criteria;
    QLabel *m_assessedBy;
    QTreeWidget *m_plan;
    QLabel *m_problem;
    qint64 m_episodeId = 0;
};

} // namespace trinn
