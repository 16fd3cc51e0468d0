#pragma once

#include "access/accesspolicy.h"

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace trinn {

class Journal;

/// Staff accounts for administrators: the list (roles, disabled, locked),
/// adding an account, disabling one and enabling it again, changing its
/// roles, resetting its password and lifting a lock, each through StaffStore. Other roles see that only administrators may.
class StaffAccountsPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit StaffAccountsPanel(Journal &journal, QWidget *parent = nullptr);

    void reload();
    void addAccount();
    void disableChosen();
    void resetChosen();
    void unlockChosen();
    /// Re-enables the chosen disabled account with the password typed twice below.
    void enableChosen();
    /// Gives the chosen account the roles ticked below.
    void setRolesOfChosen();
    QTreeWidget *list() const { return m_list; }

private:
    QString chosen() const;
    /// The password typed twice, or empty with the reason shown.
    QString typedPassword();
    QSet<Role> tickedRoles() const;
    /// Ticks the roles of the account chosen, so that Set roles starts from them.
    void showRolesOfChosen();

    Journal &m_journal;
    QTreeWidget *m_list = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_fullName = nullptr;
    QList<QCheckBox *> m_roles;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_problem = nullptr;
    /// Whose roles the boxes were last ticked from: a list read again (after
    /// a change anywhere) keeps what the administrator has ticked since.
    QString m_rolesShownFor;
};

} // namespace trinn
