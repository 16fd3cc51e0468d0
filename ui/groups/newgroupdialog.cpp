#include "newgroupdialog.h"

#include "common/datefield.h"
#include "common/problemlabel.h"
#include "common/clinictime.h"
#include "groups/therapygroup.h"
#include "programs/builtinprograms.h"
#include "storage/groupstore.h"
#include "storage/journal.h"
#include "storage/programstore.h"
#include "storage/staffweek.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace trinn {
namespace {

QString programFor(const QString &kind)
{
    if (kind == u"trauma-1") return BuiltinPrograms::traumaLevel1;
    if (kind == u"trauma-2") return BuiltinPrograms::traumaLevel2;
    if (kind == u"mbrp") return BuiltinPrograms::mbrp;
    return {};
}

} // namespace

NewGroupDialog::NewGroupDialog(Journal &journal, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_site(new QLineEdit(this))
    , m_room(new QLineEdit(this))
    , m_weekday(new QComboBox(this))
    , m_time(new QTimeEdit(QTime(10, 0), this))
    , m_minutes(new QSpinBox(this))
    , m_weeks(new QSpinBox(this))
    , m_start(new QDateEdit(clinictime::today(), this))
    , m_capacity(new QSpinBox(this))
    , m_leaders(new QListWidget(this))
    , m_maxAbsences(new QSpinBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("New group"));
    for (const QString &code : GroupKinds::codes())
        m_kind->addItem(GroupKinds::name(code), code);
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(QLocale().dayName(day), day);
    m_minutes->setRange(15, 600);
    m_minutes->setValue(90);
    m_minutes->setSuffix(tr(" min"));
    m_weeks->setRange(1, 104);
    m_weeks->setValue(12);
    m_capacity->setRange(0, 100);
    m_capacity->setSpecialValueText(tr("no limit"));
    m_maxAbsences->setRange(-1, 50);
    m_maxAbsences->setSpecialValueText(tr("no limit"));
    m_maxAbsences->setValue(-1);
    // Leaders are chosen from the staff register (Space checks one).
    m_leaders->setObjectName(QStringLiteral("leaders"));
    m_leaders->setMaximumHeight(120);
    if (Result<QList<StaffRef>> staff = StaffRegister::active(journal)) {
        for (const StaffRef &member : std::as_const(*staff)) {
            auto *item = new QListWidgetItem(member.name, m_leaders);
            item->setData(Qt::UserRole, member.staffId);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            // The one creating the group usually leads it.
            item->setCheckState(member.staffId == journal.actor().staffId ? Qt::Checked : Qt::Unchecked);
        }
    }
    styleAsClinicDate(m_start);
    styleAsProblem(m_problem);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Site:"), m_site);
    form->addRow(tr("&Room:"), m_room);
    form->addRow(tr("&Weekday:"), m_weekday);
    form->addRow(tr("S&tarts at:"), m_time);
    form->addRow(tr("&Length:"), m_minutes);
    form->addRow(tr("W&eeks:"), m_weeks);
    form->addRow(tr("&First week from:"), m_start);
    form->addRow(tr("&Places:"), m_capacity);
    form->addRow(tr("Lea&ders (Space checks):"), m_leaders);
    form->addRow(tr("&Absences allowed:"), m_maxAbsences);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewGroupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewGroupDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NewGroupDialog::kindChosen);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void NewGroupDialog::kindChosen()
{
    const QString code = programFor(m_kind->currentData().toString());
    if (code.isEmpty())
        return;
    const Result<ProgramTemplate> program = ProgramStore(m_journal).find(code);
    if (!program)
        return;
    if (m_name->text().isEmpty())
        m_name->setText(program->name);
    m_capacity->setValue(program->capacity);
    m_weeks->setValue(program->weeks);
    m_minutes->setValue(program->sessionMinutes);
    m_maxAbsences->setValue(program->maxAbsences);
}

void NewGroupDialog::accept()
{
    TherapyGroup g;
    g.name = m_name->text();
    g.kind = m_kind->currentData().toString();
    g.site = m_site->text();
    g.room = m_room->text();
    g.weekday = m_weekday->currentData().toInt();
    g.startTime = m_time->time();
    g.minutes = m_minutes->value();
    g.weeks = m_weeks->value();
    g.startDate = m_start->date();
    g.capacity = m_capacity->value();
    g.maxAbsences = m_maxAbsences->value();
    for (int i = 0; i < m_leaders->count(); ++i) {
        const QListWidgetItem *item = m_leaders->item(i);
        if (item->checkState() == Qt::Checked) {
            g.leaders << item->text();
            g.leaderStaff.append({item->data(Qt::UserRole).toLongLong(), item->text(), false});
        }
    }
    const QString programCode = programFor(g.kind);
    if (!programCode.isEmpty()) {
        if (const Result<ProgramTemplate> program = ProgramStore(m_journal).find(programCode)) {
            g.programCode = programCode;
            g.minLeaders = program->minLeaders;
            g.maxLeaders = program->maxLeaders;
            g.criteria = program->criteria;
            if (!program->prerequisiteCode.isEmpty())
                g.prerequisiteKind = QStringLiteral("trauma-1");
        }
    }
    QStringList skipped;
    const Result<qint64> id = GroupStore(m_journal).create(g, &skipped);
    if (!id) {
        m_problem->setText(id.error());
        return;
    }
    m_groupId = *id;
    if (!skipped.isEmpty())
        QMessageBox::information(this, tr("Public holidays"),
                                 tr("No session on %1; the course keeps its sessions and ends a week later for each.")
                                     .arg(skipped.join(QStringLiteral(", "))));
    QDialog::accept();
}

} // namespace trinn
