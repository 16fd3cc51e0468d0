#include "testentryform.h"

#include "common/problemlabel.h"
#include "common/clinictime.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QVBoxLayout>

namespace trinn {

TestEntryForm::TestEntryForm(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_sampleType(new QComboBox(this))
    , m_supervised(new QCheckBox(tr("Super&vised"), this))
    , m_positives(new QLineEdit(this))
    , m_refusal(new QLineEdit(this))
    , m_sendToLab(new QCheckBox(tr("Send to the &lab for confirmation"), this))
    , m_takenBy(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    m_sampleType->setObjectName(QStringLiteral("sampleType"));
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
    const QString lastTaker = QSettings().value(QStringLiteral("testing/takenBy")).toString();
    m_takenBy->setText(!lastTaker.isEmpty() ? lastTaker : qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME")));
    styleAsProblem(m_problem);
    QFont title = m_title->font();
    title.setBold(true);
    m_title->setFont(title);

    auto *form = new QFormLayout;
    form->addRow(tr("&Sample:"), m_sampleType);
    form->addRow(QString(), m_supervised);
    form->addRow(tr("&Positive for:"), m_positives);
    form->addRow(tr("&Refused:"), m_refusal);
    form->addRow(QString(), m_sendToLab);
    form->addRow(tr("&Taken by:"), m_takenBy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    for (QWidget *w : std::initializer_list<QWidget *>{m_sampleType, m_supervised, m_positives, m_refusal, m_sendToLab, m_takenBy})
        w->installEventFilter(this);
    setEnabled(false);
}

void TestEntryForm::begin(qint64 patientId, const QString &patientName)
{
    m_patientId = patientId;
    m_title->setText(tr("Test for %1").arg(patientName));
    m_positives->clear();
    m_refusal->clear();
    m_sendToLab->setChecked(false);
    m_supervised->setChecked(true);
    m_problem->clear();
    setEnabled(true);
    m_sampleType->setFocus(Qt::OtherFocusReason);
}

void TestEntryForm::showProblem(const QString &problem)
{
    m_problem->setText(problem);
}

Result<SubstanceTest> TestEntryForm::test() const
{
    SubstanceTest t;
    t.patientId = m_patientId;
    t.sampledAt = clinictime::now();
    t.sampleType = SubstanceTest::SampleType(m_sampleType->currentData().toInt());
    t.supervised = m_supervised->isChecked();
    t.takenBy = m_takenBy->text().trimmed();
    if (!t.takenBy.isEmpty())
        QSettings().setValue(QStringLiteral("testing/takenBy"), t.takenBy);
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

} // namespace trinn
