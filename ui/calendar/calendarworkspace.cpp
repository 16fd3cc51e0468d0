#include "calendarworkspace.h"

#include "calendar/staffcombobox.h"
#include "common/clinictime.h"
#include "common/datefield.h"
#include "common/loadonshow.h"
#include "common/workspacerefresh.h"
#include "export/icalexport.h"
#include "storage/calendarstore.h"
#include "storage/patientstore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace trinn {
namespace {
enum Range { Day, Week, Month };
enum Scope { Clinic, Staff, Room, PatientScope };
} // namespace

CalendarWorkspace::CalendarWorkspace(Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_range(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_who(new QLineEdit(this))
    , m_staff(new StaffComboBox(journal, this))
    , m_day(new QDateEdit(clinictime::today(), this))
    , m_events(new QTreeWidget(this))
    , m_problem(new QLabel(this))
{
    m_range->addItems({tr("Day"), tr("Week"), tr("Month")});
    m_range->setCurrentIndex(Week);
    m_scope->addItems({tr("Whole clinic"), tr("Staff member"), tr("Room"), tr("Patient (national id)")});
    styleAsClinicDate(m_day);
    m_events->setHeaderLabels({tr("When"), tr("What"), tr("Room"), tr("Staff")});
    m_events->setRootIsDecorated(false);
    m_events->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problem->setWordWrap(true);
    auto *exportButton = new QPushButton(tr("E&xport iCalendar…"), this);
    connect(exportButton, &QPushButton::clicked, this, &CalendarWorkspace::exportIcal);
    auto *row = new QHBoxLayout;
    row->addWidget(m_range);
    row->addWidget(m_day);
    row->addWidget(m_scope);
    row->addWidget(m_who, 1);
    row->addWidget(m_staff, 1);
    row->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_events, 1);
    layout->addWidget(m_problem);
    connect(m_range, &QComboBox::currentIndexChanged, this, &CalendarWorkspace::reload);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &CalendarWorkspace::showScope);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &CalendarWorkspace::reload);
    connect(m_staff, &QComboBox::currentIndexChanged, this, &CalendarWorkspace::reload);
    connect(m_who, &QLineEdit::editingFinished, this, &CalendarWorkspace::reload);
    connect(m_day, &QDateEdit::dateChanged, this, &CalendarWorkspace::reload);
    showScope();
    new LoadOnShow(this, [this] { reload(); });
    // Group sessions, individual sessions and outings, with their patients and staff.
    m_refresh = new WorkspaceRefresh(this, journal,
                         {AccessPolicy::Data::Groups, AccessPolicy::Data::Programs, AccessPolicy::Data::Patient,
                          AccessPolicy::Data::Staff},
                         [this](const JournalChanges::Areas &) { refresh(); });
}

void CalendarWorkspace::refresh()
{
    const KeepPlace place(m_events, Qt::DisplayRole);
    reload();
}

void CalendarWorkspace::showScope()
{
    const bool staff = m_scope->currentIndex() == Staff;
    m_staff->setVisible(staff);
    m_who->setVisible(!staff && m_scope->currentIndex() != Clinic);
}

void CalendarWorkspace::reload()
{
    // Reads everything it shows: the changes announced so far need no refresh.
    if (m_refresh)
        m_refresh->markFresh();
    m_events->clear();
    m_problem->clear();
    QDate first = m_day->date();
    QDate last = first.addDays(1);
    if (m_range->currentIndex() == Week) {
        first = first.addDays(1 - first.dayOfWeek());
        last = first.addDays(7);
    } else if (m_range->currentIndex() == Month) {
        first = QDate(first.year(), first.month(), 1);
        last = first.addMonths(1);
    }
    const QString who = m_who->text().trimmed();
    qint64 patientId = 0;
    if (m_scope->currentIndex() == PatientScope && !who.isEmpty()) {
        const Result<std::optional<qint64>> found = PatientStore(m_journal).findByNationalId(who);
        if (!found || !found->has_value()) {
            m_problem->setText(found ? tr("No patient has national id %1.").arg(who) : found.error());
            return;
        }
        patientId = **found;
    }
    const Result<QList<Booking>> bookings = CalendarStore(m_journal).between(clinictime::at(first, QTime(0, 0)).toUTC(),
                                                                             clinictime::at(last, QTime(0, 0)).toUTC());
    if (!bookings) {
        m_problem->setText(bookings.error());
        return;
    }
    QList<Booking> shown;
    for (const Booking &b : *bookings) {
        const bool match = m_scope->currentIndex() == Clinic
            || (m_scope->currentIndex() == Staff
                && (m_staff->staffId() == 0 || b.staffIds.contains(m_staff->staffId()) || b.staff.contains(m_staff->staffName())))
            || (m_scope->currentIndex() != Staff && who.isEmpty())
            || (m_scope->currentIndex() == Room && b.room.compare(who, Qt::CaseInsensitive) == 0)
            || (m_scope->currentIndex() == PatientScope && b.patients.contains(patientId));
        if (match)
            shown << b;
    }
    std::sort(shown.begin(), shown.end(), [](const Booking &a, const Booking &b) { return a.start < b.start; });
    for (const Booking &b : std::as_const(shown))
        new QTreeWidgetItem(m_events, {tr("%1–%2").arg(clinictime::formatDateTime(b.start),
                                                       clinictime::local(b.end()).toString(QStringLiteral("HH:mm"))),
                                       b.what, b.room, b.staff.join(QStringLiteral(", "))});
    m_problem->setText(tr("%1 events from %2 to %3.").arg(shown.size()).arg(clinictime::formatDate(first), clinictime::formatDate(last.addDays(-1))));
}

void CalendarWorkspace::exportIcal()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export iCalendar"), QStringLiteral("trinn.ics"),
                                                      tr("iCalendar files (*.ics)"));
    if (file.isEmpty())
        return;
    const IcalExport::Scope scope = m_scope->currentIndex() == Staff ? IcalExport::Scope::Staff
        : m_scope->currentIndex() == Room                            ? IcalExport::Scope::Room
                                                                     : IcalExport::Scope::Clinic;
    const QDate from = m_day->date();
    const QString who = scope == IcalExport::Scope::Staff ? m_staff->staffName() : m_who->text();
    const Result<QByteArray> ics = IcalExport::calendar(m_journal, scope, who, clinictime::at(from, QTime(0, 0)).toUTC(),
                                                        clinictime::at(from.addDays(56), QTime(0, 0)).toUTC());
    if (!ics) {
        m_problem->setText(ics.error());
        return;
    }
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(*ics) != ics->size()) {
        m_problem->setText(tr("Cannot write %1: %2").arg(file, out.errorString()));
        return;
    }
    m_problem->setText(tr("Eight weeks exported to %1.").arg(file));
}

} // namespace trinn
