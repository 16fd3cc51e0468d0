#include "openjournaldialog.h"

#include "common/problemlabel.h"
#include "storage/journallocation.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace trinn {

OpenJournalDialog::OpenJournalDialog(const QString &current, QWidget *parent)
    : QDialog(parent), m_location(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Open a journal"));
    m_location->setObjectName(QStringLiteral("journalLocation"));
    m_location->setPlaceholderText(tr("/path/to/clinic.trinn or postgresql://server/database"));
    m_location->setText(current);
    m_location->selectAll();
    auto *intro = new QLabel(tr("A journal file, or the address of a journal on a PostgreSQL server. A password does not "
                                "belong in the address: Trinn asks for it."),
                             this);
    intro->setWordWrap(true);
    styleAsProblem(m_problem);
    m_problem->setWordWrap(true);
    auto *label = new QLabel(tr("&Journal:"), this);
    label->setBuddy(m_location);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Open a Trinn journal"), QString(),
                                                          tr("Trinn journals (*.trinn);;All files (*)"));
        if (!file.isEmpty())
            m_location->setText(file);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_location, 1);
    row->addWidget(browse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenJournalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    m_location->setFocus();
}

QString OpenJournalDialog::location() const
{
    return m_location->text().trimmed();
}

void OpenJournalDialog::accept()
{
    const Result<JournalLocation> parsed = JournalLocation::parse(location());
    if (location().isEmpty()) {
        m_problem->setText(tr("Name a journal file or a postgresql:// address."));
        return;
    }
    if (!parsed) {
        m_problem->setText(parsed.error());
        return;
    }
    if (JournalLocation::hasPassword(location())) {
        m_problem->setText(tr("Leave the password out of the address: Trinn asks for it, or reads it from ~/.pgpass."));
        return;
    }
    if (parsed->backend == JournalLocation::Backend::SQLite && !QFileInfo(parsed->filePath).isFile()) {
        m_problem->setText(tr("There is no file %1.").arg(parsed->filePath));
        return;
    }
    QDialog::accept();
}

} // namespace trinn
