#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace trinn {

class Journal;

/// Books a bed from the bed board: the bed, the patient found by name or
/// national id as one types, the first night and the number of nights. A
/// booking the rules refuse (the bed taken, the patient in another bed) stays
/// open with the rule's reason. A patient in a residential program gets the
/// bed until their residential phases end, booked to the episode so that the
/// stay follows an extended Phase 1.
class BookBedDialog : public QDialog
{
    Q_OBJECT
public:
    BookBedDialog(Journal &journal, qint64 bedId, QWidget *parent = nullptr);

    void book();
    QString summary() const { return m_summary; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &text);
    void showPatient();

    Journal &m_journal;
    QComboBox *m_bed = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_patients = nullptr;
    QLabel *m_patient = nullptr;
    QDateEdit *m_start = nullptr;
    QSpinBox *m_nights = nullptr;
    /// "Until the residential phases end": the stay belongs to the episode and follows its Phase 1.
    QCheckBox *m_followEpisode = nullptr;
    qint64 m_episodeId = 0;
    QLabel *m_until = nullptr;
    QLabel *m_problem = nullptr;
    QString m_summary;
};

} // namespace trinn
