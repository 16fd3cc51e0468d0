#include "serverlogin.h"

#include "common/problemlabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace trinn {

ServerLoginDialog::ServerLoginDialog(const QString &server, const QString &problem, QWidget *parent)
    : QDialog(parent), m_username(new QLineEdit(this)), m_password(new QLineEdit(this))
{
    setWindowTitle(tr("Sign in to Trinn"));
    m_username->setObjectName(QStringLiteral("username"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *intro = new QLabel(tr("The journal is on the server %1. Sign in with your own user name and password.").arg(server), this);
    intro->setWordWrap(true);
    auto *problemLabel = new QLabel(problem, this);
    problemLabel->setWordWrap(true);
    styleAsProblem(problemLabel);
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(problemLabel);
    layout->addWidget(buttons);
    m_username->setFocus();
}

QString ServerLoginDialog::username() const
{
    return m_username->text().trimmed();
}

QString ServerLoginDialog::password() const
{
    return m_password->text();
}

} // namespace trinn
