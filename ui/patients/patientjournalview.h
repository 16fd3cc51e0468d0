#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QScrollArea;
class QTreeWidget;

namespace trinn {

class Journal;

class JournalOverviewPanel;

/// One patient's journal: a header (name, national id, age, current program),
/// contact details and next of kin, the journal at a glance (JournalOverview),
/// and the timeline: what is planned above what happened, with a filter.
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
    /// The part that takes the focus once a patient is open.
    QWidget *overviewArea() const;

    /// What the timeline shows.
    enum class Show { Everything, History, Planned };
    void setTimelineFilter(Show show);

signals:
    void patientOpened(qint64 patientId);

private:
    void applyFilter();

    Journal &m_journal;
    qint64 m_patientId = 0;
    QLabel *m_name;
    QLabel *m_identity;
    QLabel *m_program;
    QLabel *m_contact;
    QLabel *m_nextOfKin;
    JournalOverviewPanel *m_overview;
    QScrollArea *m_overviewArea;
    QComboBox *m_filter;
    QTreeWidget *m_timeline;
};

} // namespace trinn
