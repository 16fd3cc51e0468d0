#include "datefield.h"

#include <QDateEdit>

namespace trinn {

void styleAsClinicDate(QDateEdit *edit)
{
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
}

} // namespace trinn
