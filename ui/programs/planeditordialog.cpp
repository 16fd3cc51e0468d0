#include "planeditordialog.h"

#include "common/patientbanner.h"
#include "common/datefield.h"
#include "common/problemlabel.h"
#include "common/recordhistorydialog.h"
#include "storage/episodestore.h"
#include "common/clinictime.h"
#include "storage/recoverystore.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "print/episodeprint.h"

namespace trinn {
namespace {
enum Column { AreaColumn, GoalsColumn, MeasuresColumn, ReviewColumn, ColumnCount };
}

PlanEditorDialog::PlanEditorDialog(Journal &journal, qint64 episodeId, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_review(new QDateEdit(this))
    , m_reason(new QLineEdit(this))
    , m_table(new QTableWidget(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Treatment plan"));
    styleAsProblem(m_problem);
    styleAsClinicDate(m_review);

    Result<TreatmentPlan> plan = RecoveryStore(journal).plan(episodeId);
    if (plan)
        m_plan = *plan;
    else
        m_problem->setText(plan.error());
    m_plan.episodeId = episodeId;
    m_review->setDate(m_plan.reviewDate.isValid() ? m_plan.reviewDate : clinictime::today().addMonths(3));

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Life area"), tr("Goals"), tr("Measures"), tr("Review (dd.mm.yyyy)")});
    m_table->setRowCount(int(m_plan.areas.size()));
    m_table->horizontalHeader()->setSectionResizeMode(GoalsColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(MeasuresColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(true);
    for (int row = 0; row < m_plan.areas.size(); ++row) {
        const TreatmentPlan::Area &area = m_plan.areas.at(row);
        auto *name = new QTableWidgetItem(LifeAreas::name(area.code));
        name->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, AreaColumn, name);
        m_table->setItem(row, GoalsColumn, new QTableWidgetItem(area.goals));
        m_table->setItem(row, MeasuresColumn, new QTableWidgetItem(area.measures));
        m_table->setItem(row, ReviewColumn, new QTableWidgetItem(area.reviewDate.isValid() ? clinictime::formatDate(area.reviewDate) : QString()));
    }
    m_table->setCurrentCell(0, GoalsColumn);

    auto *form = new QFormLayout;
    form->addRow(tr("Plan &review date:"), m_review);
    form->addRow(tr("What changed and &why (optional):"), m_reason);
    // Ctrl+H: every version of the plan's life areas, with who changed what and why.
    RecordHistoryDialog::bindShortcut(this, m_journal, RecordHistory::Record::PlanArea, [] { return qint64(0); }, [this, episodeId] {
        const Result<Episode> episode = EpisodeStore(m_journal).episode(episodeId);
        return episode ? episode->patientId : qint64(0);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanEditorDialog::reject);
    // Ctrl+P: the plan as saved, in a print preview (and as PDF).
    buttons->addButton(Printing::button(this, tr("Pr&int… (Ctrl+P)"), [this, episodeId] { return PlanPrint::build(m_journal, episodeId); }),
                       QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(PatientBanner::ofEpisode(m_journal, episodeId, this));
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(900, 460);
}

QString PlanEditorDialog::problem() const
{
    return m_problem->text();
}

void PlanEditorDialog::accept()
{
    TreatmentPlan plan = m_plan;
    plan.reviewDate = m_review->date();
    for (int row = 0; row < plan.areas.size(); ++row) {
        TreatmentPlan::Area &area = plan.areas[row];
        area.goals = m_table->item(row, GoalsColumn)->text();
        area.measures = m_table->item(row, MeasuresColumn)->text();
        const QString review = m_table->item(row, ReviewColumn)->text().trimmed();
        area.reviewDate = QDate::fromString(review, QStringLiteral("dd.MM.yyyy"));
        if (!review.isEmpty() && !area.reviewDate.isValid()) {
            m_problem->setText(tr("%1: \"%2\" is not a date like 14.09.2027.").arg(LifeAreas::name(area.code), review));
            return;
        }
    }
    const Status saved = RecoveryStore(m_journal).savePlan(plan, m_reason->text());
    if (!saved) {
        m_problem->setText(saved.error());
        return;
    }
    QDialog::accept();
}

} // namespace trinn
