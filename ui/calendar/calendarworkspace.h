#pragma once

#include "calendar/calendarlayout.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace trinn {

struct Booking;
class CalendarGrid;
class Journal;
class PatientSearchModel;
class PatientStore;
class StaffComboBox;
class WorkspaceRefresh;

/// The clinic calendar as a grid (CalendarGrid): a day, a week or a month of
/// group sessions, individual sessions, outings, Phase 2 gatherings (one
/// event each, with its participants) and admissions, for the whole clinic,
/// a staff member, a room or a patient found by name; exported as
/// iCalendar. Only the period on screen is read.
class CalendarWorkspace : public QWidget
{
    Q_OBJECT
public:
    using View = calendarlayout::View;

    explicit CalendarWorkspace(Journal &journal, QWidget *parent = nullptr);
    ~CalendarWorkspace() override;

    void reload();
    /// Reads what is shown again after a change made here or elsewhere,
    /// keeping the selected day and event.
    void refresh();
    void exportIcal();
    void setView(View view);
    /// Selects a day; another period is read.
    void showDay(QDate day) { dayChosen(day); }
    /// Finds patients by name (or national id) for the patient's calendar;
    /// a certain match is chosen at once, otherwise the list asks.
    void searchPatient(const QString &text);
    /// Plans a Phase 2 gathering (days, room, staff) for patients in Phase 2.
    void planGathering();
    /// Shows the selected event: when, where, with whom, and who takes part.
    void showDetails(const Booking &booking);

    CalendarGrid *grid() const { return m_grid; }
    qint64 chosenPatient() const;
    /// What the last load read: [from, to) in UTC.
    std::pair<QDateTime, QDateTime> loadedPeriod() const { return m_loaded; }

private:
    void showScope();
    void dayChosen(QDate day);

    Journal &m_journal;
    std::unique_ptr<PatientStore> m_patients;
    PatientSearchModel *m_patientModel;
    WorkspaceRefresh *m_refresh = nullptr;
    QComboBox *m_range;
    QComboBox *m_columns;
    QComboBox *m_scope;
    /// A room; a staff member is chosen from the register, a patient by search.
    QLineEdit *m_who;
    StaffComboBox *m_staff;
    QLineEdit *m_patientSearch;
    QComboBox *m_patientChoice;
    QDateEdit *m_day;
    QPushButton *m_plan;
    CalendarGrid *m_grid;
    QLabel *m_problem;
    std::pair<QDateTime, QDateTime> m_loaded;
};

} // namespace trinn
