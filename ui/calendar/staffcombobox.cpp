#include "staffcombobox.h"

#include "storage/calendarstore.h"
#include "storage/journal.h"

namespace trinn {
namespace {
constexpr int fullNameRole = Qt::UserRole + 1;
} // namespace

StaffComboBox::StaffComboBox(Journal &journal, QWidget *parent) : QComboBox(parent), m_journal(journal)
{
    setObjectName(QStringLiteral("staff"));
    reload();
    selectStaff(m_journal.actor().staffId);
}

void StaffComboBox::reload()
{
    const qint64 chosen = staffId();
    clear();
    m_problem.clear();
    const Result<QList<StaffMember>> staff = CalendarStore(m_journal).staffRegister();
    if (!staff) {
        m_problem = staff.error();
        return;
    }
    for (const StaffMember &member : *staff) {
        addItem(tr("%1 (%2)").arg(member.fullName, member.username), member.id);
        setItemData(count() - 1, member.fullName, fullNameRole);
    }
    selectStaff(chosen);
}

qint64 StaffComboBox::staffId() const
{
    return currentIndex() < 0 ? 0 : currentData().toLongLong();
}

QString StaffComboBox::staffName() const
{
    return currentIndex() < 0 ? QString() : currentData(fullNameRole).toString();
}

void StaffComboBox::selectStaff(qint64 id)
{
    setCurrentIndex(id == 0 ? -1 : findData(id));
}

} // namespace trinn
