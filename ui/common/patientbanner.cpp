#include "patientbanner.h"

#include "common/clinictime.h"
#include "patients/nationalid.h"
#include "storage/episodestore.h"
#include "storage/patientstore.h"

#include <QVBoxLayout>
#include <QLabel>

namespace trinn {

PatientBanner::PatientBanner(Journal &journal, qint64 patientId, QWidget *parent)
    : QFrame(parent)
    , m_name(new QLabel(this))
    , m_identity(new QLabel(this))
{
    setObjectName(QStringLiteral("patientBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    QFont bold = m_name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_name->setFont(bold);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The name above the national id and age, neither wrapped: a narrow
    // dialog grows to show them whole rather than break a national id.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(0);
    layout->addWidget(m_name);
    layout->addWidget(m_identity);

    const Result<Patient> patient = PatientStore(journal).get(patientId);
    if (!patient) {
        m_name->setText(tr("Patient unknown"));
        m_identity->setText(patient.error());
        return;
    }
    m_name->setText(patient->fullName());
    // The words of the journal's own header, so both read alike.
    m_identity->setText(tr("%1 %2 · born %3 · %4 years")
                            .arg(NationalId::kindName(patient->idKind), patient->nationalId,
                                 clinictime::formatDate(patient->birthDate))
                            .arg(clinictime::ageOn(patient->birthDate, clinictime::today())));
    setAccessibleName(tr("Patient: %1").arg(text()));
}

PatientBanner *PatientBanner::ofEpisode(Journal &journal, qint64 episodeId, QWidget *parent)
{
    const Result<Episode> episode = EpisodeStore(journal).episode(episodeId);
    return new PatientBanner(journal, episode ? episode->patientId : 0, parent);
}

QString PatientBanner::text() const
{
    return m_name->text() + QStringLiteral(" · ") + m_identity->text();
}

} // namespace trinn
