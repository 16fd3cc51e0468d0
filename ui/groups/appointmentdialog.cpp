#include "appointmentdialog.h"

#include "common/patientbanner.h"
#include "common/problemlabel.h"
#include "calendar/staffcombobox.h"
#include "common/clinictime.h"
#include "storage/calendarstore.h"
#include "storage/journal.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace trinn {

AppointmentDialog::AppointmentDialog(Journal &journal, qint64 patientId, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_patientId(patientId)
    , m_staff(new StaffComboBox(journal, this))
    , m_start(new QDateTimeEdit(this))
    , m_minutes(new QSpinBox(this))
    , m_room(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Book an individual session"));
    const QDateTime oslo = clinictime::local(clinictime::now()).addDays(1);
    m_start->setDateTime(QDateTime(oslo.date(), QTime(10, 0)));
    m_start->setDisplayFormat(QStringLiteral("dd.MM.yyyy HH:mm"));
    m_start->setCalendarPopup(true);
    m_minutes->setRange(15, 240);
    m_minutes->setValue(45);
    m_minutes->setSuffix(tr(" min"));
    styleAsProblem(m_problem);
    m_problem->setText(m_staff->problem());
    auto *form = new QFormLayout;
    form->addRow(tr("&With:"), m_staff);
    form->addRow(tr("&Starts:"), m_start);
    form->addRow(tr("&Length:"), m_minutes);
    form->addRow(tr("&Room:"), m_room);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AppointmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AppointmentDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PatientBanner(m_journal, m_patientId, this));
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

QString AppointmentDialog::problem() const
{
    return m_problem->text();
}

void AppointmentDialog::accept()
{
    Appointment a;
    a.patientId = m_patientId;
    a.staffId = m_staff->staffId();
    if (a.staffId == 0) {
        m_problem->setText(tr("Choose from the staff register whom the patient will see."));
        return;
    }
    a.startsAt = QDateTime(m_start->date(), m_start->time(), clinictime::zone()).toUTC();
    a.minutes = m_minutes->value();
    a.room = m_room->text();
    const Result<qint64> booked = AppointmentStore(m_journal).book(a);
    if (!booked) {
        m_problem->setText(booked.error());
        return;
    }
    QDialog::accept();
}

} // namespace trinn
