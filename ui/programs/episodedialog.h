#pragma once

#include "programs/episode.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace trinn {

class Journal;

/// A patient's episodes and their phases as lived: start, complete, skip or
/// replan a phase on a chosen date, or discharge. Each action goes through
/// the program rules, and a refusal shows its reason here.
class EpisodeDialog : public QDialog
{
    Q_OBJECT
public:
    EpisodeDialog(Journal &journal, qint64 patientId, QWidget *parent = nullptr);

    /// Selects the phase with this code in the shown episode (for keyboard and tests).
    bool selectPhase(const QString &code);
    void startSelected();
    void completeSelected();
    void replanSelected();
    void skipSelected();
    void dischargeEpisode(bool completed);
    QString problem() const;
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *reasonEdit() const { return m_reason; }

private:
    void reload();
    void showEpisode();
    qint64 selectedPhaseId() const;
    void report(const QString &error);

    Journal &m_journal;
    qint64 m_patientId;
    QList<Episode> m_episodes;
    QComboBox *m_episode;
    QTreeWidget *m_phases;
    QDateEdit *m_date;
    QLineEdit *m_reason;
    QLabel *m_problem;
};

} // namespace trinn
