#include "journaloverviewpanel.h"

#include "common/clinictime.h"
#include "common/problemlabel.h"
#include "patients/journaloverview.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace trinn {
namespace {

// A note's text is shown up to this many characters; the notes dialog has the rest.
constexpr int noteChars = 280;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString line(const QString &when, const QString &title, const QString &detail)
{
    QString html = QStringLiteral("<b>%1</b> %2").arg(escaped(when), escaped(title));
    if (!detail.isEmpty())
        html += QStringLiteral(" — ") + escaped(detail);
    return html;
}

} // namespace

JournalOverviewPanel::JournalOverviewPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(10);
    m_warnings = addPart(tr("Needs attention"), "overviewWarnings", 0, 0, 2);
    styleAsProblem(m_warnings);
    m_warnings->setTextFormat(Qt::RichText);
    m_medication = addPart(tr("Current medication"), "overviewMedication", 1, 0);
    m_tests = addPart(tr("Last tests"), "overviewTests", 1, 1);
    m_upcoming = addPart(tr("Coming up"), "overviewUpcoming", 2, 0);
    m_careTeam = addPart(tr("Care team"), "overviewCareTeam", 2, 1);
    m_notes = addPart(tr("Latest notes"), "overviewNotes", 3, 0, 2);
    m_hidden = new QLabel(this);
    m_hidden->setObjectName(QStringLiteral("overviewHidden"));
    m_hidden->setWordWrap(true);
    m_hidden->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(m_hidden, 4, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(5, 1);
    clear();
}

QLabel *JournalOverviewPanel::addPart(const QString &title, const char *objectName, int row, int column, int span)
{
    auto *part = new QWidget(this);
    auto *layout = new QVBoxLayout(part);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *heading = new QLabel(title, part);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto *body = new QLabel(part);
    body->setObjectName(QString::fromLatin1(objectName));
    body->setAccessibleName(title);
    body->setWordWrap(true);
    body->setTextFormat(Qt::RichText);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(heading);
    layout->addWidget(body);
    static_cast<QGridLayout *>(this->layout())->addWidget(part, row, column, 1, span, Qt::AlignTop);
    return body;
}

void JournalOverviewPanel::clear()
{
    for (QLabel *label : {m_warnings, m_medication, m_tests, m_upcoming, m_careTeam, m_notes, m_hidden})
        label->clear();
    m_warnings->parentWidget()->hide();
}

void JournalOverviewPanel::showProblem(const QString &problem)
{
    clear();
    m_warnings->setText(escaped(tr("The overview could not be read: %1").arg(problem)));
    m_warnings->parentWidget()->show();
}

void JournalOverviewPanel::display(const JournalOverview &o)
{
    QStringList warnings;
    for (const JournalOverview::Warning &w : o.warnings)
        warnings << QStringLiteral("⚠ ") + escaped(w.text);
    m_warnings->setText(warnings.join(QStringLiteral("<br>")));
    m_warnings->parentWidget()->setVisible(!warnings.isEmpty());

    QStringList medication;
    for (const JournalOverview::Item &m : o.medication)
        medication << line(m.title, QString(), m.detail);
    m_medication->setText(medication.isEmpty() ? escaped(tr("No current medication.")) : medication.join(QStringLiteral("<br>")));

    QStringList tests;
    if (!o.testTrend.isEmpty())
        tests << QStringLiteral("<i>%1</i>").arg(escaped(o.testTrend));
    for (const JournalOverview::Item &t : o.tests)
        tests << line(clinictime::formatDate(clinictime::local(t.when).date()), t.title, t.detail);
    m_tests->setText(tests.isEmpty() ? escaped(tr("No tests yet.")) : tests.join(QStringLiteral("<br>")));

    QStringList upcoming;
    for (const JournalOverview::Item &u : o.upcoming)
        upcoming << line(clinictime::formatDateTime(u.when), u.title, u.detail);
    m_upcoming->setText(upcoming.isEmpty() ? escaped(tr("Nothing booked.")) : upcoming.join(QStringLiteral("<br>")));

    QStringList team;
    for (const QString &member : o.careTeam)
        team << escaped(member);
    m_careTeam->setText(team.isEmpty() ? escaped(tr("No care team recorded.")) : team.join(QStringLiteral("<br>")));

    QStringList notes;
    for (const JournalOverview::Item &n : o.notes) {
        QString text = n.detail.simplified();
        if (text.size() > noteChars)
            text = text.left(noteChars).trimmed() + QStringLiteral("…");
        notes << QStringLiteral("<b>%1 · %2</b><br>%3")
                     .arg(escaped(clinictime::formatDate(clinictime::local(n.when).date())), escaped(n.title),
                          text.isEmpty() ? QStringLiteral("<i>%1</i>").arg(escaped(tr("(no text)"))) : escaped(text));
    }
    m_notes->setText(notes.isEmpty() ? escaped(tr("No notes yet.")) : notes.join(QStringLiteral("<br><br>")));

    m_hidden->setText(o.hidden.isEmpty() ? QString() : tr("Not shown for your role: %1.").arg(o.hidden.join(QStringLiteral(", "))));
    m_hidden->setVisible(!o.hidden.isEmpty());
}

} // namespace trinn
