#include "logindialog.h"

#include "common/problemlabel.h"
#include "patients/patientrules.h"
#include "storage/journal.h"
#include "storage/staffstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace trinn {

LoginDialog::LoginDialog(Journal &journal, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_username(new QLineEdit(this))
    , m_fullName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    const Result<int> accounts = StaffStore(journal).count();
    m_firstAdministrator = accounts && *accounts == 0;
    setWindowTitle(m_firstAdministrator ? tr("Trinn: the first administrator") : tr("Sign in to Trinn"));
    m_username->setObjectName(QStringLiteral("username"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    styleAsProblem(m_problem);
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    if (m_firstAdministrator)
        form->addRow(tr("&Full name:"), m_fullName);
    else
        m_fullName->hide();
    form->addRow(tr("&Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(m_firstAdministrator
                                 ? tr("This journal has no staff accounts yet. Create the first administrator; add the others "
                                      "with \"trinnctl user add\".")
                                 : journal.kind() == JournalKind::Demo
                                 ? tr("Demo journal: sign in as sykepleier, terapeut, inntak or admin, password demo-passord.")
                                 : tr("Sign in with your user name and password."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    layout->addWidget(buttons);
    m_username->setFocus();
}

QString LoginDialog::problem() const
{
    return m_problem->text();
}

void LoginDialog::accept()
{
    StaffStore staff(m_journal);
    if (m_firstAdministrator) {
        const Result<qint64> created = staff.add(m_username->text(), m_fullName->text(), {Role::Administrator}, m_password->text());
        if (!created) {
            m_problem->setText(created.error());
            return;
        }
    }
    const Result<Actor> actor = staff.signIn(m_username->text(), m_password->text());
    m_password->clear();
    if (!actor) {
        m_problem->setText(actor.error());
        return;
    }
    m_actor = *actor;
    QDialog::accept();
}

} // namespace trinn
