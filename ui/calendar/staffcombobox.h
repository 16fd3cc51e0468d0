#pragma once

#include <QComboBox>

namespace trinn {

class Journal;

/// Chooses a staff member from the staff register (never a typed name): the
/// signed-in staff member to begin with.
class StaffComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit StaffComboBox(Journal &journal, QWidget *parent = nullptr);

    /// Reads the register again, keeping the choice if it is still there.
    void reload();
    /// 0 when nobody is chosen.
    qint64 staffId() const;
    QString staffName() const;
    void selectStaff(qint64 staffId);
    /// Why the register could not be read, if it could not.
    QString problem() const { return m_problem; }

private:
    Journal &m_journal;
    QString m_problem;
};

} // namespace trinn
