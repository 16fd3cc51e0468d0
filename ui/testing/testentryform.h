#pragma once

#include "access/accesspolicy.h"
#include "common/result.h"
#include "storage/substanceteststore.h"
#include "testing/substancetest.h"

#include <QDialog>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTimeEdit;

namespace trinn {

/// The keys-only form for one test: sample type (type U, B, S or Bl), supervised,
/// the substances found ("thc coc", empty for all negative), a refusal's reason,
/// whether it goes to the lab, and who took it: the signed-in staff member, or
/// another active staff member from the register (never free text). Enter
/// saves, Escape goes back to the board.
class TestEntryForm : public QWidget
{
    Q_OBJECT
public:
    explicit TestEntryForm(QWidget *parent = nullptr);

    /// The staff who may be named as the taker, and the one signed in (the default).
    void setTakers(const QList<SubstanceTestStore::Taker> &takers, const Actor &signedIn);
    /// Starts entry for a patient on the board's day; keeps the sample type
    /// and taker from the last test. The sample time starts at now (today)
    /// and may be typed over. An earlier day asks why the test is late.
    void begin(qint64 patientId, const QString &patientName, QDate day);
    QDate day() const { return m_day; }
    /// Whether the board's day is before today: the entry needs a late reason.
    bool isLate() const;
    QString lateReason() const;
    qint64 patientId() const { return m_patientId; }
    /// The test as typed, or why it cannot be read ("\"xyz\" is not a substance …").
    Result<SubstanceTest> test() const;
    void showProblem(const QString &problem);

signals:
    void saveRequested();
    void cancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    qint64 m_patientId = 0;
    QDate m_day;
    QLabel *m_title;
    QTimeEdit *m_time;
    QLabel *m_lateLabel;
    QLineEdit *m_late;
    QComboBox *m_sampleType;
    QCheckBox *m_supervised;
    QLineEdit *m_positives;
    QLineEdit *m_refusal;
    QCheckBox *m_sendToLab;
    QComboBox *m_takenBy;
    QLabel *m_problem;
};

/// Asked when a patient already has a test that day: is the new one a
/// correction of it (with the reason) or a second sample? Keys only: the
/// arrow keys move between the answers and Space picks one (or Alt+C,
/// Alt+S), Tab reaches the reason, Enter answers, Escape goes back. Neither
/// answer is chosen beforehand: the nurse says which.
class SameDayDialog : public QDialog
{
    Q_OBJECT
public:
    SameDayDialog(const QString &question, QWidget *parent = nullptr);

    SameDay choice() const;
    QString reason() const;
    void accept() override;

private:
    QRadioButton *m_correction;
    QRadioButton *m_secondSample;
    QLineEdit *m_reason;
    QLabel *m_problem;
};

} // namespace trinn
