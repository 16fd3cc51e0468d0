#pragma once

class QLabel;
class QString;

namespace trinn {

/// The look of a label that says why something was refused: wrapped, in dark red.
void styleAsProblem(QLabel *label);

/// Shows what became of an action in such a label: in dark red when refused,
/// in the ordinary text colour when it was done.
void showOutcome(QLabel *label, const QString &text, bool done);

} // namespace trinn
