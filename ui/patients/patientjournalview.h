#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace trinn {

class Journal;

/// One patient's journal: a header (name, national id, age, current program),
/// contact details and next of kin, and the timeline of what happened.
class PatientJournalView : public QWidget
{
    Q_OBJECT
public:
    explicit PatientJournalView(Journal &journal, QWidget *parent = nullptr);

    /// Shows the patient; returns false (and shows why) when it cannot be read.
    bool showPatient(qint64 patientId);
    /// Reads the shown patient again (after an enrolment or a phase change).
    void refresh();
    qint64 patientId() const { return m_patientId; }
    void clear();

    QTreeWidget *timeline() const { return m_timeline; }

signals:
    void patientOpened(qint64 patientId);

private:
    Journal &m_journal;
    qint64 m_patientId = 0;
    QLabel *m_name;
    QLabel *m_identity;
    QLabel *m_program;
    QLabel *m_contact;
    QLabel *m_nextOfKin;
    QTreeWidget *m_timeline;
};

} // namespace trinn
