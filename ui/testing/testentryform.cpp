#include "testentryform.h"

#include "common/problemlabel.h"
#include "common/clinictime.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QComboBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace trinn {

TestEntryForm::TestEntryForm(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_time(new QTimeEdit(this))
    , m_lateLabel(new QLabel(tr("Late &because:"), this))
    , m_late(new QLineEdit(this))
    , m_sampleType(new QComboBox(this))
    , m_supervised(new QCheckBox(tr("Super&vised"), this))
    , m_positives(new QLineEdit(this))
    , m_refusal(new QLineEdit(this))
    , m_sendToLab(new QCheckBox(tr("Send to the &lab for confirmation"), this))
    , m_takenBy(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    m_sampleType->setObjectName(QStringLiteral("sampleType"));
    m_time->setObjectName(QStringLiteral("sampleTime"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_late->setObjectName(QStringLiteral("lateReason"));
    m_late->setPlaceholderText(tr("why this earlier day's test is entered now"));
    m_lateLabel->setBuddy(m_late);
    m_positives->setObjectName(QStringLiteral("positives"));
    m_refusal->setObjectName(QStringLiteral("refusal"));
    m_takenBy->setObjectName(QStringLiteral("takenBy"));
    m_problem->setObjectName(QStringLiteral("entryProblem"));
    for (SubstanceTest::SampleType type : {SubstanceTest::SampleType::Urine, SubstanceTest::SampleType::Breath,
                                           SubstanceTest::SampleType::Saliva, SubstanceTest::SampleType::Blood})
        m_sampleType->addItem(SubstanceTest::sampleTypeName(type), int(type));
    m_supervised->setChecked(true);
    QStringList codes;
    for (const Analytes::Info &info : Analytes::all())
        codes << info.code;
    m_positives->setPlaceholderText(tr("empty = all negative; or %1").arg(codes.join(u' ')));
    m_refusal->setPlaceholderText(tr("reason, if the patient refused"));
    m_takenBy->setEditable(false); // a staff member from the register, never free text
    styleAsProblem(m_problem);
    QFont title = m_title->font();
    title.setBold(true);
    m_title->setFont(title);

    auto *form = new QFormLayout;
    form->addRow(tr("&Sample:"), m_sampleType);
    form->addRow(QString(), m_supervised);
    form->addRow(tr("&Positive for:"), m_positives);
    form->addRow(tr("&Refused:"), m_refusal);
    // Across both columns: the label is long in Bokmål and Nynorsk.
    form->addRow(m_sendToLab);
    form->addRow(tr("&Taken by:"), m_takenBy);
    // Changed now and then (a test of earlier in the day, of an earlier day):
    // after what every test needs, so the round's keys stay the same.
    form->addRow(tr("Sample ti&me:"), m_time);
    form->addRow(m_lateLabel, m_late);
    QWidget *previous = m_sampleType;
    for (QWidget *next : std::initializer_list<QWidget *>{m_supervised, m_positives, m_refusal, m_sendToLab, m_takenBy, m_time, m_late}) {
        setTabOrder(previous, next);
        previous = next;
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    for (QWidget *w : std::initializer_list<QWidget *>{m_sampleType, m_time, m_late, m_supervised, m_positives, m_refusal,
                                                       m_sendToLab, m_takenBy})
        w->installEventFilter(this);
    m_lateLabel->hide();
    m_late->hide();
    setFocusProxy(m_sampleType);
    setEnabled(false);
}

void TestEntryForm::setTakers(const QList<SubstanceTestStore::Taker> &takers, const Actor &signedIn)
{
    // A choice made during the round stays; otherwise the signed-in staff member.
    const qint64 chosen = m_takenBy->count() > 0 ? m_takenBy->currentData().toLongLong() : signedIn.staffId;
    m_takenBy->clear();
    if (signedIn.isSystem())
        m_takenBy->addItem(tr("system (no one signed in)"), qint64(0));
    for (const SubstanceTestStore::Taker &taker : takers)
        m_takenBy->addItem(taker.fullName, taker.staffId);
    int index = m_takenBy->findData(chosen);
    if (index < 0)
        index = m_takenBy->findData(signedIn.staffId);
    m_takenBy->setCurrentIndex(std::max(0, index));
}

void TestEntryForm::begin(qint64 patientId, const QString &patientName, QDate day)
{
    m_patientId = patientId;
    m_day = day.isValid() ? day : clinictime::today();
    const bool late = isLate();
    m_title->setText(late ? tr("Test for %1 on %2").arg(patientName, clinictime::formatDate(m_day))
                          : tr("Test for %1").arg(patientName));
    m_time->setTime(late ? QTime(8, 0) : clinictime::local(clinictime::now()).time());
    m_late->clear();
    m_lateLabel->setVisible(late);
    m_late->setVisible(late);
    m_positives->clear();
    m_refusal->clear();
    m_sendToLab->setChecked(false);
    m_supervised->setChecked(true);
    m_problem->clear();
    setEnabled(true);
    m_sampleType->setFocus(Qt::OtherFocusReason);
}

bool TestEntryForm::isLate() const
{
    return m_day.isValid() && m_day < clinictime::today();
}

QString TestEntryForm::lateReason() const
{
    return m_late->text().trimmed();
}

void TestEntryForm::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    // The question an earlier day asks is answered where it is asked.
    if (isLate() && lateReason().isEmpty())
        m_late->setFocus(Qt::OtherFocusReason);
}

Result<SubstanceTest> TestEntryForm::test() const
{
    SubstanceTest t;
    t.patientId = m_patientId;
    t.sampledAt = clinictime::at(m_day.isValid() ? m_day : clinictime::today(), m_time->time());
    if (isLate() && lateReason().isEmpty())
        return Error{tr("This test is for %1, an earlier day: say why it is entered late.").arg(clinictime::formatDate(m_day))};
    t.sampleType = SubstanceTest::SampleType(m_sampleType->currentData().toInt());
    t.supervised = m_supervised->isChecked();
    t.takenById = m_takenBy->currentData().toLongLong();
    t.takenBy = m_takenBy->currentText();
    t.refused = !m_refusal->text().trimmed().isEmpty();
    t.refusalReason = m_refusal->text().trimmed();
    if (t.refused)
        return t;
    QStringList positives;
    const QStringList typed = m_positives->text().split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
    for (const QString &word : typed) {
        const auto analyte = Analytes::find(word);
        if (!analyte)
            return Error{tr("\"%1\" is not a substance code; use one of: %2.").arg(word, Analytes::panel(false).join(u' '))};
        positives << analyte->code;
    }
    const bool breath = t.sampleType == SubstanceTest::SampleType::Breath;
    for (const QString &code : Analytes::panel(breath)) {
        AnalyteResult r;
        r.analyte = code;
        r.positive = positives.contains(code);
        t.results.append(r);
    }
    for (const QString &code : std::as_const(positives)) {
        if (!Analytes::panel(breath).contains(code))
            return Error{tr("A breath test measures ethanol only.")};
    }
    t.labStatus = m_sendToLab->isChecked() ? SubstanceTest::LabStatus::Pending : SubstanceTest::LabStatus::None;
    return t;
}

bool TestEntryForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            emit saveRequested();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            emit cancelled();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

SameDayDialog::SameDayDialog(const QString &question, QWidget *parent)
    : QDialog(parent)
    , m_correction(new QRadioButton(tr("A &correction of it"), this))
    , m_secondSample(new QRadioButton(tr("A &second sample, kept beside it"), this))
    , m_reason(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("A second test today"));
    setObjectName(QStringLiteral("sameDayDialog"));
    m_correction->setObjectName(QStringLiteral("correction"));
    m_secondSample->setObjectName(QStringLiteral("secondSample"));
    m_reason->setObjectName(QStringLiteral("correctionReason"));
    m_problem->setObjectName(QStringLiteral("sameDayProblem"));
    m_reason->setPlaceholderText(tr("why the first is corrected"));
    styleAsProblem(m_problem);
    auto *text = new QLabel(question, this);
    text->setObjectName(QStringLiteral("sameDayQuestion"));
    text->setWordWrap(true);
    // Typing a reason answers "a correction".
    connect(m_reason, &QLineEdit::textEdited, this, [this] { m_correction->setChecked(true); });

    auto *form = new QFormLayout;
    form->addRow(m_correction);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(m_secondSample);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SameDayDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setTabOrder(m_correction, m_reason);
    setTabOrder(m_reason, m_secondSample);
    m_correction->setFocus(Qt::OtherFocusReason);
}

SameDay SameDayDialog::choice() const
{
    if (m_correction->isChecked())
        return SameDay::Correction;
    if (m_secondSample->isChecked())
        return SameDay::SecondSample;
    return SameDay::NotExpected;
}

QString SameDayDialog::reason() const
{
    return m_reason->text().trimmed();
}

void SameDayDialog::accept()
{
    if (choice() == SameDay::NotExpected) {
        m_problem->setText(tr("Say whether it is a correction of the first test or a second sample."));
        return;
    }
    if (choice() == SameDay::Correction && reason().isEmpty()) {
        m_problem->setText(tr("A correction needs its reason."));
        m_reason->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

} // namespace trinn
