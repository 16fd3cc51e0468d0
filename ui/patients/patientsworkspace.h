#pragma once

#include "access/accesspolicy.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace trinn {

class PatientJournalView;
class PatientSearchModel;
class Journal;
class PatientStore;

/// Find a patient as you type and open their journal, keyboard first:
/// type, Down to the results, Enter to open. Enter in the search field opens
/// only an exact or the only match; otherwise the list takes the focus and asks.
class PatientsWorkspace : public QWidget
{
    Q_OBJECT
public:
    PatientsWorkspace(Journal &journal, PatientStore &patients, QWidget *parent = nullptr);

    void focusSearch();
    void registerPatient();
    /// Dialogs for the open patient; each says so when no patient is open.
    void enrolPatient();
    void manageEpisodes();
    void editTreatmentPlan();
    void bookAppointment();
    void editMedication();
    void writeNotes();
    void recordCare();
    void editNextOfKin();
    void editCareTeam();
    void showAccessReport();
    /// Access outside one's role, with a written reason that marks every access in the audit log.
    void emergencyAccess();
    /// Ends emergency access (the window's banner has the button) and shows
    /// the open journal again as the role alone may see it.
    void endEmergencyAccess();
    PatientJournalView *journalView() const { return m_journalView; }
    /// Reads the search results and the open journal again after a change made
    /// here or elsewhere, keeping the selection and the scroll positions.
    void refresh(const QSet<AccessPolicy::Data> &changed);

signals:
    /// Emergency access was started or ended (the window shows a banner meanwhile).
    void emergencyAccessChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &text);
    void showResultInfo();
    void openRow(int row);
    void openFromSearch();

    bool needPatient();

    Journal &m_journal;
    PatientStore &m_patients;
    PatientSearchModel *m_model;
    QLineEdit *m_search;
    QLabel *m_resultInfo;
    QTableView *m_results;
    PatientJournalView *m_journalView;
};

} // namespace trinn
