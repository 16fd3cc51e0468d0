#pragma once

class QDateEdit;

namespace trinn {

/// Dates as the clinic writes them (14.09.2027), with a calendar to pick from.
void styleAsClinicDate(QDateEdit *edit);

} // namespace trinn
