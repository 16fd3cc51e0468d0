#include "episodedialog.h"

#include "common/patientbanner.h"
#include "common/datefield.h"
#include "common/problemlabel.h"
#include "common/recordhistorydialog.h"
#include "common/clinictime.h"
#include "storage/episodestore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "print/episodeprint.h"
#include <QTreeWidget>
#include <QVBoxLayout>

namespace trinn {

EpisodeDialog::EpisodeDialog(Journal &journal, qint64 patientId, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_patientId(patientId)
    , m_episode(new QComboBox(this))
    , m_phases(new QTreeWidget(this))
    , m_date(new QDateEdit(clinictime::today(), this))
    , m_reason(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Episodes and phases"));
    m_phases->setHeaderLabels({tr("Phase"), tr("Status"), tr("Planned"), tr("Actual")});
    m_phases->setRootIsDecorated(false);
    m_phases->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    styleAsClinicDate(m_date);
    styleAsProblem(m_problem);
    m_problem->setObjectName(QStringLiteral("problem"));

    auto *form = new QFormLayout;
    form->addRow(tr("E&pisode:"), m_episode);
    auto *fields = new QFormLayout;
    fields->addRow(tr("&Date:"), m_date);
    fields->addRow(tr("&Reason or note:"), m_reason);

    auto *actions = new QHBoxLayout;
    const auto button = [&](const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        actions->addWidget(b);
    };
    button(tr("&Start phase"), &EpisodeDialog::startSelected);
    button(tr("&Complete phase"), &EpisodeDialog::completeSelected);
    button(tr("Move &end to date"), &EpisodeDialog::replanSelected);
    button(tr("S&kip phase"), &EpisodeDialog::skipSelected);
    button(tr("Dischar&ge"), [this] { dischargeEpisode(false); });
    // Ctrl+H: the selected phase's versions, or every phase's.
    RecordHistoryDialog::bindShortcut(this, m_journal, RecordHistory::Record::Phase, [this] { return selectedPhaseId(); },
                                      [this] { return m_patientId; });
    auto *historyHint = new QLabel(tr("Ctrl+H shows the selected phase's history: every change with who, when and why."), this);
    historyHint->setWordWrap(true);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &EpisodeDialog::reject);
    // Ctrl+P: the shown episode's report, in a print preview (and as PDF).
    close->addButton(Printing::button(this, tr("Pr&int report… (Ctrl+P)"), [this]() -> Result<PrintJob> {
        const int index = m_episode->currentIndex();
        if (index < 0 || index >= m_episodes.size())
            return Error{tr("The patient has no episode to print.")};
        return EpisodePrint::build(m_journal, m_episodes.at(index).id);
    }), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PatientBanner(m_journal, m_patientId, this));
    layout->addLayout(form);
    layout->addWidget(m_phases, 1);
    layout->addLayout(fields);
    layout->addLayout(actions);
    layout->addWidget(historyHint);
    layout->addWidget(m_problem);
    layout->addWidget(close);
    connect(m_episode, &QComboBox::currentIndexChanged, this, &EpisodeDialog::showEpisode);
    resize(720, 480);
    reload();
}

void EpisodeDialog::reload()
{
    const int shown = m_episode->currentIndex();
    Result<QList<Episode>> episodes = EpisodeStore(m_journal).episodesOf(m_patientId);
    if (!episodes) {
        report(episodes.error());
        return;
    }
    m_episodes = *episodes;
    const QSignalBlocker block(m_episode);
    m_episode->clear();
    for (const Episode &e : std::as_const(m_episodes))
        m_episode->addItem(tr("%1 from %2 (%3)").arg(e.programName, clinictime::formatDate(e.startDate),
                                                     Episode::statusName(e.status)));
    m_episode->setCurrentIndex(shown >= 0 && shown < m_episodes.size() ? shown : int(m_episodes.size()) - 1);
    showEpisode();
}

void EpisodeDialog::showEpisode()
{
    const int previous = m_phases->currentIndex().row();
    m_phases->clear();
    const int index = m_episode->currentIndex();
    if (index < 0 || index >= m_episodes.size())
        return;
    for (const Phase &p : m_episodes.at(index).phases) {
        auto *item = new QTreeWidgetItem(
            m_phases, {p.name, Phase::statusName(p.status),
                       tr("%1–%2").arg(clinictime::formatDate(p.plannedStart), clinictime::formatDate(p.plannedEnd)),
                       p.actualStart.isValid() ? tr("%1–%2").arg(clinictime::formatDate(p.actualStart),
                                                                 p.actualEnd.isValid() ? clinictime::formatDate(p.actualEnd) : QString())
                                               : QString()});
        item->setData(0, Qt::UserRole, p.id);
        item->setData(0, Qt::UserRole + 1, p.code);
    }
    if (m_phases->topLevelItemCount() > 0)
        m_phases->setCurrentItem(m_phases->topLevelItem(std::clamp(previous, 0, m_phases->topLevelItemCount() - 1)));
}

bool EpisodeDialog::selectPhase(const QString &code)
{
    for (int i = 0; i < m_phases->topLevelItemCount(); ++i) {
        if (m_phases->topLevelItem(i)->data(0, Qt::UserRole + 1).toString() == code) {
            m_phases->setCurrentItem(m_phases->topLevelItem(i));
            return true;
        }
    }
    return false;
}

qint64 EpisodeDialog::selectedPhaseId() const
{
    const QTreeWidgetItem *item = m_phases->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

QString EpisodeDialog::problem() const
{
    return m_problem->text();
}

void EpisodeDialog::report(const QString &error)
{
    m_problem->setText(error);
    if (error.isEmpty())
        reload();
}

void EpisodeDialog::startSelected()
{
    const Status done = EpisodeStore(m_journal).startPhase(selectedPhaseId(), m_date->date());
    report(done.ok() ? QString() : done.error());
}

void EpisodeDialog::completeSelected()
{
    const Status done = EpisodeStore(m_journal).completePhase(selectedPhaseId(), m_date->date(), m_reason->text());
    report(done.ok() ? QString() : done.error());
}

void EpisodeDialog::replanSelected()
{
    const Status done = EpisodeStore(m_journal).replanPhaseEnd(selectedPhaseId(), m_date->date(), m_reason->text());
    report(done.ok() ? QString() : done.error());
}

void EpisodeDialog::skipSelected()
{
    const Status done = EpisodeStore(m_journal).skipPhase(selectedPhaseId(), m_reason->text());
    report(done.ok() ? QString() : done.error());
}

void EpisodeDialog::dischargeEpisode(bool completed)
{
    const int index = m_episode->currentIndex();
    if (index < 0 || index >= m_episodes.size())
        return;
    const Status done = EpisodeStore(m_journal).discharge(m_episodes.at(index).id, m_date->date(), m_reason->text(), completed);
    report(done.ok() ? QString() : done.error());
}

} // namespace trinn
