#include "bookbeddialog.h"

#include "common/clinictime.h"
#include "common/datefield.h"
#include "common/problemlabel.h"
#include "storage/episodestore.h"
#include "storage/intakestore.h"
#include "storage/patientstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace trinn {

BookBedDialog::BookBedDialog(Journal &journal, qint64 bedId, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
{
    setObjectName(QStringLiteral("bookBedDialog"));
    setWindowTitle(tr("Book a bed"));
    m_bed = new QComboBox(this);
    m_bed->setObjectName(QStringLiteral("bed"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    styleAsProblem(m_problem);
    if (Result<QList<Bed>> beds = BedStore(journal).beds()) {
        for (const Bed &bed : std::as_const(*beds))
            m_bed->addItem(tr("%1 · %2 · %3").arg(bed.site, bed.room, bed.label), bed.id);
    } else {
        m_problem->setText(beds.error());
    }
    if (const int at = m_bed->findData(bedId); at >= 0)
        m_bed->setCurrentIndex(at);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("patientSearch"));
    m_search->setPlaceholderText(tr("Name or the start of the national id"));
    m_patients = new QListWidget(this);
    m_patients->setObjectName(QStringLiteral("patients"));
    m_patients->setMaximumHeight(120);
    // Whose stay this is: the patient chosen, by name and national id.
    m_patient = new QLabel(tr("No patient chosen."), this);
    m_patient->setObjectName(QStringLiteral("patient"));
    m_start = new QDateEdit(clinictime::today(), this);
    m_start->setObjectName(QStringLiteral("start"));
    styleAsClinicDate(m_start);
    m_nights = new QSpinBox(this);
    m_nights->setObjectName(QStringLiteral("nights"));
    m_nights->setRange(1, 366);
    m_nights->setValue(84);
    m_until = new QLabel(this);
    m_followEpisode = new QCheckBox(this);
    m_followEpisode->setObjectName(QStringLiteral("followEpisode"));
    m_followEpisode->setVisible(false);
    connect(m_followEpisode, &QCheckBox::toggled, m_nights, &QWidget::setDisabled);
    connect(m_followEpisode, &QCheckBox::toggled, m_until, &QWidget::setHidden);
    const auto showUntil = [this] {
        m_until->setText(tr("last night %1, out the morning of %2")
                             .arg(clinictime::formatDate(m_start->date().addDays(m_nights->value() - 1)),
                                  clinictime::formatDate(m_start->date().addDays(m_nights->value()))));
    };
    connect(m_start, &QDateEdit::dateChanged, this, showUntil);
    connect(m_nights, &QSpinBox::valueChanged, this, showUntil);
    showUntil();
    connect(m_search, &QLineEdit::textChanged, this, &BookBedDialog::search);
    connect(m_patients, &QListWidget::currentRowChanged, this, &BookBedDialog::showPatient);
    // Down from the search walks the results, as in the Patients workspace.
    m_search->installEventFilter(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Bed:"), m_bed);
    form->addRow(tr("&Patient:"), m_search);
    form->addRow(QString(), m_patients);
    form->addRow(QString(), m_patient);
    form->addRow(tr("&First night:"), m_start);
    form->addRow(tr("&Nights:"), m_nights);
    form->addRow(QString(), m_until);
    form->addRow(QString(), m_followEpisode);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->addButton(tr("B&ook"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("book"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BookBedDialog::book);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    m_search->setFocus();
    resize(520, sizeHint().height());
}

void BookBedDialog::search(const QString &text)
{
    m_patients->clear();
    if (text.trimmed().isEmpty())
        return;
    const Result<QList<PatientSummary>> found = PatientStore(m_journal).search(text, 20);
    if (!found) {
        m_problem->setText(found.error());
        return;
    }
    for (const PatientSummary &p : std::as_const(*found)) {
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(p.fullName(), p.nationalId), m_patients);
        item->setData(Qt::UserRole, p.id);
    }
    // The best match is chosen at once; Down and Up choose another.
    if (m_patients->count() > 0)
        m_patients->setCurrentRow(0);
}

bool BookBedDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_patients->count() > 0) {
            const int row = std::clamp(m_patients->currentRow() + (key == Qt::Key_Down ? 1 : -1), 0, m_patients->count() - 1);
            m_patients->setCurrentRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void BookBedDialog::showPatient()
{
    const QListWidgetItem *item = m_patients->currentItem();
    m_patient->setText(item ? tr("For %1").arg(item->text()) : tr("No patient chosen."));
    // The patient's open episode with residential phases, if any: the stay is planned by it.
    m_episodeId = 0;
    QDate end;
    QString program;
    if (item) {
        if (const Result<QList<Episode>> episodes = EpisodeStore(m_journal).episodesOf(item->data(Qt::UserRole).toLongLong())) {
            for (const Episode &e : std::as_const(*episodes)) {
                if (!e.isOpen())
                    continue;
                for (const Phase &phase : e.phases) {
                    if (!phase.residential || phase.kind == QStringLiteral("gathering") || phase.status == Phase::Status::Skipped
                        || phase.status == Phase::Status::Cancelled)
                        continue;
                    if (!end.isValid() || phase.end() > end) {
                        end = phase.end();
                        m_episodeId = e.id;
                        program = e.programName;
                    }
                }
            }
        }
    }
    m_followEpisode->setVisible(m_episodeId != 0);
    m_followEpisode->setChecked(m_episodeId != 0);
    if (m_episodeId != 0)
        m_followEpisode->setText(tr("&Until the residential phases end (%1); the stay moves with them").arg(clinictime::formatDate(end)));
    m_followEpisode->setToolTip(program);
}

void BookBedDialog::book()
{
    const QListWidgetItem *item = m_patients->currentItem();
    if (!item) {
        m_problem->setText(tr("Choose the patient first: type a name; nothing was booked."));
        return;
    }
    const QDate start = m_start->date();
    const bool byEpisode = m_followEpisode->isChecked() && m_episodeId != 0;
    // By the episode: no end given, the store plans it from the phases.
    const Result<qint64> booked = BedStore(m_journal).book(m_bed->currentData().toLongLong(), item->data(Qt::UserRole).toLongLong(),
                                                           start, byEpisode ? QDate() : start.addDays(m_nights->value()),
                                                           byEpisode ? m_episodeId : 0);
    if (!booked) {
        m_problem->setText(tr("Not booked: %1").arg(booked.error()));
        return;
    }
    m_summary = byEpisode ? tr("%1 booked in %2 from %3 until the residential phases end.")
                                .arg(item->text(), m_bed->currentText(), clinictime::formatDate(start))
                          : tr("%1 booked in %2, %3–%4.")
                                .arg(item->text(), m_bed->currentText(), clinictime::formatDate(start),
                                     clinictime::formatDate(start.addDays(m_nights->value())));
    accept();
}

} // namespace trinn
