#pragma once

#include <QFrame>

class QLabel;

namespace trinn {

class Journal;

/// Whose journal a dialog is about: the patient's name, national id and age,
/// in a band across the top, so no one writes in the wrong patient's journal.
class PatientBanner : public QFrame
{
    Q_OBJECT
public:
    PatientBanner(Journal &journal, qint64 patientId, QWidget *parent);
    /// The banner of the patient an episode belongs to (a treatment plan's dialog).
    static PatientBanner *ofEpisode(Journal &journal, qint64 episodeId, QWidget *parent);

    QString text() const;

private:
    QLabel *m_name;
    QLabel *m_identity;
};

} // namespace trinn
