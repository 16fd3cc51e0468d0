#include "carerecordsdialog.h"

#include "common/patientbanner.h"
#include "common/datefield.h"
#include "common/clinictime.h"
#include "common/problemlabel.h"
#include "common/recordhistorydialog.h"
#include "storage/journal.h"
#include "storage/carerecordstore.h"
#include "storage/episodestore.h"
#include "storage/recoverystore.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace trinn {
namespace {

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(clinictime::today(), parent);
    styleAsClinicDate(edit);
    return edit;
}

} // namespace

CareRecordsDialog::CareRecordsDialog(Journal &journal, qint64 patientId, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_patientId(patientId)
    , m_legalBasis(new QLineEdit(this))
    , m_decidedBy(new QLineEdit(this))
    , m_coercionDate(dateEdit(this))
    , m_coercionUntil(dateEdit(this))
    , m_relative(new QLineEdit(this))
    , m_accepted(new QCheckBox(tr("Accepted"), this))
    , m_familyRelative(new QLineEdit(this))
    , m_familyRelation(new QLineEdit(this))
    , m_familyStart(dateEdit(this))
    , m_soberDays(new QSpinBox(this))
    , m_cause(new QLineEdit(this))
    , m_circumstances(new QLineEdit(this))
    , m_serious(new QCheckBox(tr("Serious circumstances (overdose, violence, no home …)"), this))
    , m_dayDate(dateEdit(this))
    , m_dayMinutes(new QSpinBox(this))
    , m_dayReason(new QLineEdit(this))
    , m_step(new QSpinBox(this))
    , m_stepStarted(dateEdit(this))
    , m_stepCompleted(dateEdit(this))
    , m_stepDone(new QCheckBox(tr("Completed on"), this))
    , m_stepReason(new QLineEdit(this))
    , m_confirmedBy(new QLabel(journal.actor().displayName(), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Care records"));
    m_legalBasis->setObjectName(QStringLiteral("legalBasis"));
    m_decidedBy->setObjectName(QStringLiteral("decidedBy"));
    m_coercionUntil->setObjectName(QStringLiteral("coercionUntil"));
    m_familyRelative->setObjectName(QStringLiteral("familyRelative"));
    m_familyRelation->setObjectName(QStringLiteral("familyRelation"));
    m_familyStart->setObjectName(QStringLiteral("familyStart"));
    m_soberDays->setObjectName(QStringLiteral("soberDays"));
    m_cause->setObjectName(QStringLiteral("relapseCause"));
    m_circumstances->setObjectName(QStringLiteral("relapseCircumstances"));
    m_dayDate->setObjectName(QStringLiteral("dayDate"));
    m_dayMinutes->setObjectName(QStringLiteral("dayMinutes"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_legalBasis->setPlaceholderText(tr("§ 10-2, § 10-3 or § 10-4"));
    m_decidedBy->setPlaceholderText(tr("the county board (§ 10-2, § 10-3), the institution (§ 10-4)"));
    styleAsProblem(m_problem);
    m_soberDays->setRange(0, 10000);
    m_dayMinutes->setRange(0, 720);
    m_dayMinutes->setValue(270);
    m_dayMinutes->setSuffix(tr(" min"));
    m_step->setRange(1, 12);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("tabs"));
    const auto page = [&](const QString &title, const QList<std::pair<QString, QWidget *>> &rows, const QString &action,
                          void (CareRecordsDialog::*slot)()) {
        auto *widget = new QWidget(tabs);
        auto *form = new QFormLayout(widget);
        for (const auto &[label, field] : rows)
            form->addRow(label, field);
        auto *button = new QPushButton(action, widget);
        connect(button, &QPushButton::clicked, this, slot);
        form->addRow(QString(), button);
        tabs->addTab(widget, title);
    };
    page(tr("Coercion"), {{tr("Legal basis:"), m_legalBasis}, {tr("Decided by:"), m_decidedBy}, {tr("Decided on:"), m_coercionDate},
                          {tr("Valid until:"), m_coercionUntil}},
         tr("Record &coercion"), &CareRecordsDialog::recordCoercion);
    page(tr("Advice to relatives"), {{tr("Relative:"), m_relative}, {QString(), m_accepted}}, tr("Record advice &offered"),
         &CareRecordsDialog::recordAdvice);
    page(tr("Family program"), {{tr("Relative:"), m_familyRelative}, {tr("Relation:"), m_familyRelation}, {tr("First day:"), m_familyStart}},
         tr("Plan the &five days"), &CareRecordsDialog::recordFamilyStay);
    page(tr("Relapse"), {{tr("Days sober before:"), m_soberDays}, {tr("Why it happened:"), m_cause},
                         {tr("Circumstances:"), m_circumstances}, {QString(), m_serious}},
         tr("Assess the &relapse"), &CareRecordsDialog::recordRelapse);
    m_dayReason->setPlaceholderText(tr("only when you change a day already recorded"));
    m_stepReason->setPlaceholderText(tr("only when you change a date already recorded"));
    page(tr("Day treatment"), {{tr("Day:"), m_dayDate}, {tr("Length:"), m_dayMinutes}, {tr("Reason for a correction:"), m_dayReason}},
         tr("Record the &day"),
         &CareRecordsDialog::recordDayTreatment);
    page(tr("12-step progress"), {{tr("Step:"), m_step}, {tr("Started on:"), m_stepStarted}, {m_stepDone->text(), m_stepCompleted},
                                  {QString(), m_stepDone}, {tr("Confirmed by:"), m_confirmedBy},
                                  {tr("Reason for a correction:"), m_stepReason}},
         tr("Record the &step"), &CareRecordsDialog::recordStep);
    // Ctrl+H on the day-treatment and 12-step pages: every version of the patient's days or steps.
    const int dayPage = tabs->count() - 2;
    const int stepPage = tabs->count() - 1;
    RecordHistoryDialog::bindShortcut(tabs->widget(dayPage), m_journal, RecordHistory::Record::DayAttendance, [] { return qint64(0); },
                                      [this] { return m_patientId; });
    RecordHistoryDialog::bindShortcut(tabs->widget(stepPage), m_journal, RecordHistory::Record::StepProgress, [] { return qint64(0); },
                                      [this] { return m_patientId; });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PatientBanner(m_journal, m_patientId, this));
    layout->addWidget(tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(620, 380);
}

QString CareRecordsDialog::problem() const
{
    return m_problem->text();
}

qint64 CareRecordsDialog::currentEpisode() const
{
    qint64 episodeId = 0;
    if (const Result<QList<Episode>> episodes = EpisodeStore(m_journal).episodesOf(m_patientId)) {
        for (const Episode &e : *episodes) {
            if (e.isOpen())
                episodeId = e.id;
        }
    }
    return episodeId;
}

void CareRecordsDialog::report(const QString &error, const QString &done)
{
    showOutcome(m_problem, error.isEmpty(), error.isEmpty() ? done : error);
}

void CareRecordsDialog::recordCoercion()
{
    const qint64 episode = currentEpisode();
    if (episode == 0)
        return report(tr("Enrol the patient in a program first."), {});
    const Result<qint64> id = CareRecordStore(m_journal).addCoercion({0, episode, m_legalBasis->text(), m_decidedBy->text(),
                                                                      m_coercionDate->date(), m_coercionUntil->date(), QString()});
    report(id ? QString() : id.error(), tr("Coercion recorded."));
}

void CareRecordsDialog::recordAdvice()
{
    const qint64 episode = currentEpisode();
    if (episode == 0)
        return report(tr("Enrol the patient in a program first."), {});
    const Result<qint64> id = CareRecordStore(m_journal).addRelativeAdvice({0, episode, m_relative->text(), clinictime::today(),
                                                                            m_accepted->isChecked(), QString()});
    report(id ? QString() : id.error(), tr("Advice recorded."));
}

void CareRecordsDialog::recordFamilyStay()
{
    FamilyStay stay;
    stay.patientId = m_patientId;
    stay.relativeName = m_familyRelative->text();
    stay.relation = m_familyRelation->text();
    stay.start = m_familyStart->date();
    stay.selfHelpInfoGiven = true;
    const Result<qint64> id = CareRecordStore(m_journal).addFamilyStay(stay);
    report(id ? QString() : id.error(), tr("Family program planned."));
}

void CareRecordsDialog::recordRelapse()
{
    const qint64 episode = currentEpisode();
    if (episode == 0)
        return report(tr("Enrol the patient in relapse treatment first."), {});
    const Result<RelapseAssessment> assessed = CareRecordStore(m_journal).assessRelapse(
        episode, m_soberDays->value(), m_cause->text(), m_circumstances->text(), m_serious->isChecked());
    report(assessed ? QString() : assessed.error(),
           assessed ? tr("Suggested length: %1 days.").arg(assessed->recommendedDays) : QString());
}

void CareRecordsDialog::recordDayTreatment()
{
    const qint64 episode = currentEpisode();
    if (episode == 0)
        return report(tr("Enrol the patient in day treatment first."), {});
    const Status done = CareRecordStore(m_journal).recordDayTreatment(episode, m_dayDate->date(), m_dayMinutes->value(),
                                                                         m_dayReason->text());
    if (done)
        m_dayReason->clear();
    QString summary;
    if (done) {
        if (const Result<ProgramRules::DayTreatmentCheck> check = CareRecordStore(m_journal).checkDayTreatment(episode, clinictime::today()))
            summary = tr("%1 day-treatment days so far.").arg(check->daysAttended)
                + (check->problems.isEmpty() ? QString() : QLatin1Char(' ') + check->problems.constLast());
    }
    report(done ? QString() : done.error(), summary);
}

void CareRecordsDialog::recordStep()
{
    const StepProgress step{m_step->value(), m_stepStarted->date(), m_stepDone->isChecked() ? m_stepCompleted->date() : QDate(),
                            QString(), QString()};
    const Status done = RecoveryStore(m_journal).recordStep(m_patientId, step, m_stepReason->text());
    if (done)
        m_stepReason->clear();
    report(done ? QString() : done.error(), tr("Step %1 recorded.").arg(step.step));
}

} // namespace trinn
