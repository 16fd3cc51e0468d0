#pragma once

#include "common/result.h"
#include "testing/substancetest.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace trinn {

/// The keys-only form for one test: sample type (type U, B, S or Bl), supervised,
/// the substances found ("thc coc", empty for all negative), a refusal's reason,
/// and whether it goes to the lab. Enter saves, Escape goes back to the board.
class TestEntryForm : public QWidget
{
    Q_OBJECT
public:
    explicit TestEntryForm(QWidget *parent = nullptr);

    /// Starts entry for a patient; keeps the sample type and taker from the last test.
    void begin(qint64 patientId, const QString &patientName);
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
    QLabel *m_title;
    QComboBox *m_sampleType;
    QCheckBox *m_supervised;
    QLineEdit *m_positives;
    QLineEdit *m_refusal;
    QCheckBox *m_sendToLab;
    QLineEdit *m_takenBy;
    QLabel *m_problem;
};

} // namespace trinn
