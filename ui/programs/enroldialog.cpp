#include "enroldialog.h"
#include "common/journalwords.h"

#include "common/patientbanner.h"
#include "common/datefield.h"
#include "common/problemlabel.h"
#include "common/clinictime.h"
#include "programs/phaseplanner.h"
#include "storage/journal.h"
#include "storage/episodestore.h"
#include "storage/programstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace trinn {

EnrolDialog::EnrolDialog(Journal &journal, qint64 patientId, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_patientId(patientId)
    , m_program(new QComboBox(this))
    , m_start(new QDateEdit(clinictime::today(), this))
    , m_description(new QLabel(this))
    , m_optionalBox(new QGroupBox(tr("Optional phases"), this))
    , m_optionalLayout(new QVBoxLayout(m_optionalBox))
    , m_criteriaBox(new QGroupBox(tr("Criteria assessment: tick what applies to the patient"), this))
    , m_criteriaLayout(new QVBoxLayout(m_criteriaBox))
    , m_assessedBy(new QLabel(this))
    , m_plan(new QTreeWidget(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Enrol in a program"));
    m_program->setObjectName(QStringLiteral("program"));
    m_start->setObjectName(QStringLiteral("start"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_assessedBy->setObjectName(QStringLiteral("assessedBy"));
    styleAsClinicDate(m_start);
    m_description->setWordWrap(true);
    styleAsProblem(m_problem);
    m_plan->setHeaderLabels({tr("Phase"), tr("From"), tr("To"), tr("Days")});
    m_plan->setRootIsDecorated(false);
    m_plan->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_plan->setFocusPolicy(Qt::NoFocus);
    // The criteria are assessed by the signed-in staff member, who signs the enrolment.
    m_assessedBy->setText(tr("Assessed by: %1").arg(journal.actor().displayName()));
    m_criteriaLayout->addWidget(m_assessedBy);

    if (Result<QList<ProgramTemplate>> programs = ProgramStore(journal).list())
        m_programs = *programs;
    else
        m_problem->setText(programs.error());
    for (const ProgramTemplate &program : std::as_const(m_programs))
        m_program->addItem(journalwords::program(program.name));

    auto *form = new QFormLayout;
    form->addRow(tr("&Program:"), m_program);
    form->addRow(tr("&First day:"), m_start);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Enrol"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PatientBanner(m_journal, m_patientId, this));
    layout->addLayout(form);
    layout->addWidget(m_description);
    layout->addWidget(m_optionalBox);
    layout->addWidget(m_criteriaBox);
    layout->addWidget(new QLabel(tr("Planned phases:"), this));
    layout->addWidget(m_plan, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &EnrolDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EnrolDialog::reject);
    connect(m_program, &QComboBox::currentIndexChanged, this, &EnrolDialog::programChosen);
    connect(m_start, &QDateEdit::dateChanged, this, &EnrolDialog::updatePlan);
    resize(620, 560);
    programChosen();
    m_program->setFocus();
}

void EnrolDialog::programChosen()
{
    qDeleteAll(m_optional);
    m_optional.clear();
    qDeleteAll(m_criteria);
    m_criteria.clear();
    m_problem->clear();
    const int index = m_program->currentIndex();
    if (index < 0 || index >= m_programs.size())
        return;
    const ProgramTemplate &program = m_programs.at(index);
    m_description->setText(program.description);
    for (const PhaseTemplate &phase : program.phases) {
        if (!phase.optional)
            continue;
        auto *box = new QCheckBox(tr("%1 (%2 days)").arg(journalwords::program(phase.name)).arg(phase.defaultDays), m_optionalBox);
        box->setProperty("phaseCode", phase.code);
        connect(box, &QCheckBox::toggled, this, &EnrolDialog::updatePlan);
        m_optionalLayout->addWidget(box);
        m_optional.append(box);
    }
    for (const Criterion &criterion : program.criteria) {
        const QString label = criterion.kind == Criterion::Kind::Exclusion ? tr("Exclusion: %1").arg(criterion.text)
                                                                            : tr("Inclusion: %1").arg(criterion.text);
        auto *box = new QCheckBox(label, m_criteriaBox);
        box->setProperty("criterion", criterion.key());
        m_criteriaLayout->insertWidget(int(m_criteria.size()), box);
        m_criteria.append(box);
    }
    m_optionalBox->setVisible(!m_optional.isEmpty());
    m_criteriaBox->setVisible(!m_criteria.isEmpty());
    updatePlan();
}

QStringList EnrolDialog::chosenOptionalPhases() const
{
    QStringList codes;
    for (const QCheckBox *box : m_optional) {
        if (box->isChecked())
            codes << box->property("phaseCode").toString();
    }
    return codes;
}

void EnrolDialog::updatePlan()
{
    m_plan->clear();
    const int index = m_program->currentIndex();
    if (index < 0 || index >= m_programs.size())
        return;
    const QList<Phase> phases = PhasePlanner::plan(m_programs.at(index), m_start->date(), chosenOptionalPhases());
    for (const Phase &phase : phases)
        new QTreeWidgetItem(m_plan, {journalwords::program(phase.name), clinictime::formatDate(phase.plannedStart),
                                     clinictime::formatDate(phase.plannedEnd),
                                     QString::number(phase.plannedStart.daysTo(phase.plannedEnd))});
}

void EnrolDialog::accept()
{
    const int index = m_program->currentIndex();
    if (index < 0 || index >= m_programs.size())
        return;
    EpisodeStore::Enrolment enrolment;
    enrolment.patientId = m_patientId;
    enrolment.program = m_programs.at(index).code;
    enrolment.start = m_start->date();
    enrolment.optionalPhases = chosenOptionalPhases();
    for (const QCheckBox *box : std::as_const(m_criteria))
        enrolment.assessment.append({box->property("criterion").toString(), box->isChecked()});
    Result<qint64> episode = EpisodeStore(m_journal).enrol(enrolment);
    if (!episode) {
        m_problem->setText(episode.error());
        return;
    }
    m_episodeId = *episode;
    QDialog::accept();
}

} // namespace trinn
