#include "patientjournalview.h"

#include "common/clinictime.h"
#include "patients/journaloverview.h"
#include "patients/journaloverviewpanel.h"
#include "patients/nationalid.h"
#include "storage/auditlog.h"
#include "storage/patientstore.h"
#include "storage/timelinestore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace trinn {
namespace {

// Marks the timeline's two heading rows ("Planned", "History") and which part each row belongs to.
constexpr int partRole = Qt::UserRole + 1;
enum Part { PlannedPart = 1, HistoryPart = 2 };

} // namespace

PatientJournalView::PatientJournalView(Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_name(new QLabel(this))
    , m_identity(new QLabel(this))
    , m_program(new QLabel(this))
    , m_contact(new QLabel(this))
    , m_nextOfKin(new QLabel(this))
    , m_overview(new JournalOverviewPanel(this))
    , m_overviewArea(new QScrollArea(this))
    , m_filter(new QComboBox(this))
    , m_timeline(new QTreeWidget(this))
{
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setObjectName(QStringLiteral("patientName"));
    m_identity->setObjectName(QStringLiteral("patientIdentity"));
    m_program->setObjectName(QStringLiteral("patientProgram"));
    for (QLabel *label : {m_identity, m_program, m_contact, m_nextOfKin}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
    }

    m_timeline->setColumnCount(3);
    m_timeline->setHeaderLabels({tr("Date"), tr("Event"), tr("Details")});
    m_timeline->setRootIsDecorated(false);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_timeline->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_timeline->setAccessibleName(tr("Timeline"));

    auto *details = new QFormLayout;
    details->addRow(tr("Program:"), m_program);
    details->addRow(tr("Contact:"), m_contact);
    details->addRow(tr("Next of kin:"), m_nextOfKin);

    m_overviewArea->setObjectName(QStringLiteral("journalOverview"));
    m_overviewArea->setWidget(m_overview);
    m_overviewArea->setWidgetResizable(true);
    m_overviewArea->setFrameShape(QFrame::NoFrame);
    m_overviewArea->setFocusPolicy(Qt::StrongFocus);
    m_overviewArea->setAccessibleName(tr("Journal overview"));

    m_filter->setObjectName(QStringLiteral("timelineFilter"));
    m_filter->addItem(tr("Everything"), int(Show::Everything));
    m_filter->addItem(tr("History"), int(Show::History));
    m_filter->addItem(tr("Planned"), int(Show::Planned));
    connect(m_filter, &QComboBox::currentIndexChanged, this, &PatientJournalView::applyFilter);
    auto *filterLabel = new QLabel(tr("Sh&ow:"), this);
    filterLabel->setBuddy(m_filter);
    auto *timelineHeader = new QHBoxLayout;
    timelineHeader->addWidget(new QLabel(tr("Timeline"), this), 1);
    timelineHeader->addWidget(filterLabel);
    timelineHeader->addWidget(m_filter);

    auto *timelinePart = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timelinePart);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addLayout(timelineHeader);
    timelineLayout->addWidget(m_timeline, 1);

    // The overview above the timeline; the clinician drags the line between them.
    auto *parts = new QSplitter(Qt::Vertical, this);
    parts->addWidget(m_overviewArea);
    parts->addWidget(timelinePart);
    parts->setStretchFactor(0, 3);
    parts->setStretchFactor(1, 2);
    parts->setChildrenCollapsible(false);
    parts->setSizes({600, 300});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_identity);
    layout->addLayout(details);
    layout->addWidget(parts, 1);
    clear();
}

QWidget *PatientJournalView::overviewArea() const
{
    return m_overviewArea;
}

void PatientJournalView::setTimelineFilter(Show show)
{
    m_filter->setCurrentIndex(m_filter->findData(int(show)));
}

void PatientJournalView::applyFilter()
{
    const auto show = Show(m_filter->currentData().toInt());
    for (int i = 0; i < m_timeline->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_timeline->topLevelItem(i);
        const int part = item->data(0, partRole).toInt();
        item->setHidden((show == Show::History && part == PlannedPart) || (show == Show::Planned && part == HistoryPart));
    }
}

void PatientJournalView::clear()
{
    m_patientId = 0;
    m_name->setText(tr("No patient open"));
    m_identity->setText(tr("Search for a patient by name or national id, then press Enter."));
    m_program->clear();
    m_contact->clear();
    m_nextOfKin->clear();
    m_overview->clear();
    m_timeline->clear();
}

void PatientJournalView::refresh()
{
    if (m_patientId != 0)
        showPatient(m_patientId);
}

bool PatientJournalView::showPatient(qint64 patientId)
{
    const AuditLog::ReadScope audited(m_journal, QStringLiteral("opened the patient's journal"));
    Result<Patient> patient = PatientStore(m_journal).get(patientId);
    if (!patient) {
        clear();
        m_identity->setText(patient.error());
        return false;
    }
    m_patientId = patientId;
    const QDate today = clinictime::today();
    m_name->setText(patient->fullName());
    m_identity->setText(tr("%1 %2 · born %3 · %4 years")
                            .arg(NationalId::kindName(patient->idKind), patient->nationalId,
                                 clinictime::formatDate(patient->birthDate))
                            .arg(clinictime::ageOn(patient->birthDate, today)));
    if (Result<JournalOverview> overview = JournalOverviewReader(m_journal).read(patientId, clinictime::now())) {
        m_program->setText(overview->program.isEmpty() ? tr("Not enrolled in a program") : overview->program);
        m_overview->display(*overview);
    } else {
        m_program->clear();
        m_overview->showProblem(overview.error());
    }

    QStringList contact;
    if (!patient->phone.isEmpty())
        contact << tr("phone %1").arg(patient->phone);
    if (!patient->email.isEmpty())
        contact << patient->email;
    if (!patient->address.isEmpty())
        contact << patient->address;
    if (!patient->gpName.isEmpty() || !patient->gpPractice.isEmpty())
        contact << tr("GP %1, %2").arg(patient->gpName, patient->gpPractice);
    m_contact->setText(contact.isEmpty() ? tr("none recorded") : contact.join(QStringLiteral(" · ")));

    QStringList kin;
    for (const NextOfKin &person : std::as_const(patient->nextOfKin)) {
        kin << tr("%1 (%2, %3): %4")
                   .arg(person.name, person.relation, person.phone,
                        person.consentToShare ? tr("consent to share information")
                                              : tr("no consent to share information"));
    }
    m_nextOfKin->setText(kin.isEmpty() ? tr("none recorded") : kin.join(QLatin1Char('\n')));

    m_timeline->clear();
    Result<QList<TimelineEntry>> entries = TimelineStore(m_journal).timeline(*patient);
    if (entries) {
        // What is planned sits apart from what happened, under its own heading, soonest last (nearest today).
        const QDateTime now = clinictime::now();
        const auto heading = [this](const QString &text, int part) {
            auto *item = new QTreeWidgetItem(m_timeline, {text});
            item->setData(0, partRole, part);
            item->setFirstColumnSpanned(true);
            item->setFlags(Qt::ItemIsEnabled);
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            return item;
        };
        qsizetype firstPast = 0;
        while (firstPast < entries->size() && entries->at(firstPast).when > now)
            ++firstPast;
        // The headings go in first and the entries after, in two batches:
        // spanning a row lays the tree out there and then, measuring every
        // row in it, so with the entries already in, each heading cost as
        // much as the rest of the timeline.
        const bool anyPlanned = firstPast > 0;
        if (anyPlanned)
            heading(tr("Planned (%n)", nullptr, int(firstPast)), PlannedPart);
        if (firstPast < entries->size())
            heading(tr("History (%n)", nullptr, int(entries->size() - firstPast)), HistoryPart);
        QList<QTreeWidgetItem *> planned;
        QList<QTreeWidgetItem *> history;
        for (qsizetype i = 0; i < entries->size(); ++i) {
            const TimelineEntry &entry = entries->at(i);
            auto *item = new QTreeWidgetItem({clinictime::formatDateTime(entry.when), entry.title, entry.detail});
            item->setData(0, partRole, i < firstPast ? PlannedPart : HistoryPart);
            (i < firstPast ? planned : history).append(item);
        }
        m_timeline->insertTopLevelItems(anyPlanned ? 1 : 0, planned);
        m_timeline->addTopLevelItems(history);
        applyFilter();
    } else {
        new QTreeWidgetItem(m_timeline, {QString(), tr("The timeline could not be read"), entries.error()});
    }
    emit patientOpened(patientId);
    return true;
}

} // namespace trinn
