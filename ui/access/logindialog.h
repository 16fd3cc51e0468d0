#pragma once

#include "access/accesspolicy.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace trinn {

class Journal;

/// Signs a staff member in. A journal with no accounts yet asks for its first
/// administrator instead. Wrong passwords count towards the lockout.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(Journal &journal, QWidget *parent = nullptr);
    const Actor &actor() const { return m_actor; }
    void accept() override;
    QString problem() const;

private:
    Journal &m_journal;
    bool m_firstAdministrator = false;
    QLineEdit *m_username;
    QLineEdit *m_fullName;
    QLineEdit *m_password;
    QLabel *m_problem;
    Actor m_actor;
};

} // namespace trinn
