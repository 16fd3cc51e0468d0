#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace trinn {

/// For a journal on a PostgreSQL server: the staff member's user name and
/// password, which are both their database login and their Trinn sign-in
/// (the server enforces their roles). Asked before the journal is opened.
class ServerLoginDialog : public QDialog
{
    Q_OBJECT
public:
    ServerLoginDialog(const QString &server, const QString &problem, QWidget *parent = nullptr);
    QString username() const;
    QString password() const;

private:
    QLineEdit *m_username;
    QLineEdit *m_password;
};

} // namespace trinn
