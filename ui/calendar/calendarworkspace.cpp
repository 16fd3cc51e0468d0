#include "calendarworkspace.h"

#include "access/accesspolicy.h"

#include "calendar/calendargrid.h"
#include "calendar/plangatheringdialog.h"
#include "calendar/staffcombobox.h"
#include "common/clinictime.h"
#include "common/datefield.h"
#include "common/loadonshow.h"
#include "common/workspacerefresh.h"
#include "export/icalexport.h"
#include "patients/patientsearchmodel.h"
#include "storage/calendarstore.h"
#include "storage/journal.h"
#include "storage/patientstore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace trinn {
namespace {
enum Scope { Clinic, Staff, Room, PatientScope };
} // namespace

CalendarWorkspace::CalendarWorkspace(Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_patients(std::make_unique<PatientStore>(journal))
    , m_patientModel(new PatientSearchModel(*m_patients, this))
    , m_range(new QComboBox(this))
    , m_columns(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_who(new QLineEdit(this))
    , m_staff(new StaffComboBox(journal, this))
    , m_patientSearch(new QLineEdit(this))
    , m_patientChoice(new QComboBox(this))
    , m_day(new QDateEdit(clinictime::today(), this))
    , m_plan(new QPushButton(tr("Plan a &gathering…"), this))
    , m_grid(new CalendarGrid(this))
    , m_problem(new QLabel(this))
{
    m_range->setObjectName(QStringLiteral("calendarView"));
    m_scope->setObjectName(QStringLiteral("calendarScope"));
    m_patientSearch->setObjectName(QStringLiteral("calendarPatientSearch"));
    m_patientChoice->setObjectName(QStringLiteral("calendarPatientChoice"));
    m_range->addItems({tr("Day"), tr("Week"), tr("Month")});
    m_range->setCurrentIndex(int(View::Week));
    m_range->setToolTip(tr("D, W or M in the calendar"));
    m_columns->addItems({tr("Rooms as columns"), tr("Staff as columns")});
    m_scope->addItems({tr("Whole clinic"), tr("Staff member"), tr("Room"), tr("Patient")});
    m_who->setPlaceholderText(tr("Room"));
    m_patientSearch->setPlaceholderText(tr("Patient's name or national id"));
    m_patientSearch->setClearButtonEnabled(true);
    styleAsClinicDate(m_day);
    m_problem->setWordWrap(true);
    auto *today = new QPushButton(tr("T&oday"), this);
    today->setToolTip(tr("T or Home in the calendar"));
    auto *exportButton = new QPushButton(tr("E&xport iCalendar…"), this);
    connect(exportButton, &QPushButton::clicked, this, &CalendarWorkspace::exportIcal);
    connect(m_plan, &QPushButton::clicked, this, &CalendarWorkspace::planGathering);
    // Planning changes patients' programs: offered to whoever may write them.
    const Actor &actor = journal.actor();
    m_plan->setVisible(actor.isSystem()
                       || AccessPolicy::allows(actor, AccessPolicy::Data::Programs, AccessPolicy::Action::Write, false).allowed);
    auto *row = new QHBoxLayout;
    row->addWidget(m_range);
    row->addWidget(m_day);
    row->addWidget(today);
    row->addWidget(m_columns);
    row->addWidget(m_scope);
    row->addWidget(m_who, 1);
    row->addWidget(m_staff, 1);
    row->addWidget(m_patientSearch, 1);
    row->addWidget(m_patientChoice, 1);
    row->addStretch(0);
    row->addWidget(m_plan);
    row->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_problem);
    setFocusProxy(m_grid);

    connect(m_range, &QComboBox::currentIndexChanged, this, [this](int index) { setView(View(index)); });
    connect(m_columns, &QComboBox::currentIndexChanged, this, [this](int index) { m_grid->setColumnsByStaff(index == 1); });
    connect(m_scope, &QComboBox::currentIndexChanged, this, &CalendarWorkspace::showScope);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &CalendarWorkspace::reload);
    connect(m_staff, &QComboBox::currentIndexChanged, this, &CalendarWorkspace::reload);
    connect(m_who, &QLineEdit::editingFinished, this, &CalendarWorkspace::reload);
    connect(m_patientSearch, &QLineEdit::returnPressed, this, [this] { searchPatient(m_patientSearch->text()); });
    connect(m_patientChoice, &QComboBox::currentIndexChanged, this, &CalendarWorkspace::reload);
    connect(m_day, &QDateEdit::dateChanged, this, &CalendarWorkspace::dayChosen);
    connect(today, &QPushButton::clicked, this, [this] { dayChosen(clinictime::today()); });
    connect(m_grid, &CalendarGrid::dayChanged, this, &CalendarWorkspace::dayChosen);
    connect(m_grid, &CalendarGrid::viewRequested, this, &CalendarWorkspace::setView);
    connect(m_grid, &CalendarGrid::activated, this, &CalendarWorkspace::showDetails);
    m_grid->setView(View::Week);
    showScope();
    new LoadOnShow(this, [this] { reload(); });
    // Group sessions, individual sessions and outings, with their patients and staff.
    m_refresh = new WorkspaceRefresh(this, journal,
                         {AccessPolicy::Data::Groups, AccessPolicy::Data::Programs, AccessPolicy::Data::Patient,
                          AccessPolicy::Data::Staff},
                         [this](const JournalChanges::Areas &) { refresh(); });
}

CalendarWorkspace::~CalendarWorkspace() = default;

void CalendarWorkspace::refresh()
{
    // The grid keeps its day and its selected event across a load.
    reload();
}

void CalendarWorkspace::setView(View view)
{
    {
        const QSignalBlocker blocked(m_range);
        m_range->setCurrentIndex(int(view));
    }
    m_columns->setVisible(view == View::Day);
    if (view == m_grid->view())
        return;
    m_grid->setView(view);
    reload();
}

void CalendarWorkspace::dayChosen(QDate day)
{
    {
        const QSignalBlocker blocked(m_day);
        m_day->setDate(day);
    }
    if (m_grid->day() != day)
        m_grid->setDay(day);
    // Another day of the period on screen needs no new read.
    const calendarlayout::Period shown = m_grid->period();
    if (clinictime::at(shown.first, QTime(0, 0)).toUTC() != m_loaded.first
        || clinictime::at(shown.last, QTime(0, 0)).toUTC() != m_loaded.second)
        reload();
}

void CalendarWorkspace::showScope()
{
    const int scope = m_scope->currentIndex();
    m_staff->setVisible(scope == Staff);
    m_who->setVisible(scope == Room);
    m_patientSearch->setVisible(scope == PatientScope);
    m_patientChoice->setVisible(scope == PatientScope);
    m_columns->setVisible(m_grid->view() == View::Day);
}

void CalendarWorkspace::searchPatient(const QString &text)
{
    m_patientModel->setSearchText(text.trimmed());
    const QSignalBlocker blocked(m_patientChoice);
    m_patientChoice->clear();
    if (!m_patientModel->lastError().isEmpty()) {
        m_problem->setText(m_patientModel->lastError());
        return;
    }
    const int rows = m_patientModel->rowCount();
    // Chosen outright only when certain (the national id or whole name typed
    // out, or the only match, and nobody else of that name), as in Patients.
    int certain = m_patientModel->exactMatchRow();
    if (certain < 0 && rows == 1 && !m_patientModel->canFetchMore({}))
        certain = 0;
    if (certain >= 0 && m_patientModel->hasSameName(certain))
        certain = -1;
    if (certain < 0)
        m_patientChoice->addItem(rows == 0 ? tr("No patient matches \"%1\"").arg(text.trimmed())
                                           : tr("Choose one of %n patient(s)", nullptr, rows),
                                 qint64(0));
    for (int r = 0; r < rows; ++r) {
        const QString label = tr("%1 · born %2 · %3")
                                  .arg(m_patientModel->index(r, PatientSearchModel::NameColumn).data().toString(),
                                       m_patientModel->index(r, PatientSearchModel::BornColumn).data().toString(),
                                       m_patientModel->index(r, PatientSearchModel::NationalIdColumn).data().toString());
        m_patientChoice->addItem(label, m_patientModel->patientIdAt(r));
    }
    m_patientChoice->setCurrentIndex(certain >= 0 ? certain : 0);
    if (certain < 0 && rows > 0)
        m_patientChoice->setFocus(Qt::OtherFocusReason);
    reload();
    if (certain >= 0)
        m_grid->setFocus(Qt::OtherFocusReason);
}

qint64 CalendarWorkspace::chosenPatient() const
{
    return m_patientChoice->currentData().toLongLong();
}

void CalendarWorkspace::reload()
{
    // Reads everything it shows: the changes announced so far need no refresh.
    if (m_refresh)
        m_refresh->markFresh();
    m_problem->clear();
    const calendarlayout::Period shown = m_grid->period();
    const QDateTime from = clinictime::at(shown.first, QTime(0, 0)).toUTC();
    const QDateTime to = clinictime::at(shown.last, QTime(0, 0)).toUTC();
    m_loaded = {from, to};
    const int scope = m_scope->currentIndex();
    const qint64 patientId = chosenPatient();
    if (scope == PatientScope && patientId == 0) {
        m_grid->setEvents({});
        m_problem->setText(tr("Find the patient by name or national id, then press Enter."));
        return;
    }
    const Result<QList<Booking>> bookings = CalendarStore(m_journal).between(from, to);
    if (!bookings) {
        m_grid->setEvents({});
        m_problem->setText(bookings.error());
        return;
    }
    const QString room = m_who->text().trimmed();
    QList<Booking> shownEvents;
    for (const Booking &b : *bookings) {
        const bool match = scope == Clinic
            || (scope == Staff
                && (m_staff->staffId() == 0 || b.staffIds.contains(m_staff->staffId()) || b.staff.contains(m_staff->staffName())))
            || (scope == Room && (room.isEmpty() || b.room.compare(room, Qt::CaseInsensitive) == 0))
            || (scope == PatientScope && b.patients.contains(patientId));
        if (match)
            shownEvents << b;
    }
    m_grid->setEvents(shownEvents);
    m_problem->setText(tr("%n event(s) from %1 to %2.", nullptr, int(shownEvents.size()))
                           .arg(clinictime::formatDate(shown.first), clinictime::formatDate(shown.last.addDays(-1))));
}

void CalendarWorkspace::showDetails(const Booking &booking)
{
    QStringList lines;
    lines << booking.what;
    lines << tr("From %1 to %2").arg(clinictime::formatDateTime(booking.start), clinictime::formatDateTime(booking.end()));
    lines << tr("Room: %1").arg(booking.room.isEmpty() ? tr("none given") : booking.room);
    lines << tr("Staff: %1").arg(booking.staff.isEmpty() ? tr("none given") : booking.staff.join(QStringLiteral(", ")));
    QStringList who;
    if (!booking.patients.isEmpty()) {
        // The names are read (and audited) only when someone opens the event.
        const Result<QHash<qint64, QString>> names = CalendarStore(m_journal).patientNames(booking.patients);
        for (qint64 id : booking.patients)
            who << (names ? names->value(id, tr("patient %1").arg(id)) : tr("patient %1").arg(id));
        std::sort(who.begin(), who.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
        lines << tr("%n participant(s):", nullptr, int(who.size()));
        if (!names)
            lines << names.error();
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("eventDetails"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(booking.what);
    auto *text = new QLabel(lines.join(u'\n'), dialog);
    text->setObjectName(QStringLiteral("eventDetailsText"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // A gathering may have a hundred participants: a list that scrolls.
    auto *participants = new QListWidget(dialog);
    participants->setObjectName(QStringLiteral("eventParticipants"));
    participants->addItems(who);
    participants->setVisible(!who.isEmpty());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(participants, 1);
    layout->addWidget(buttons);
    dialog->resize(480, who.isEmpty() ? dialog->sizeHint().height() : 420);
    dialog->open();
}

void CalendarWorkspace::planGathering()
{
    PlanGatheringDialog dialog(m_journal, m_grid->day(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dayChosen(dialog.startDay());
    reload();
    m_problem->setText(dialog.outcome());
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
    const QDate from = m_grid->day();
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
