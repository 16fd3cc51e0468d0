#pragma once

class QLabel;

namespace trinn {

/// The look of a label that says why something was refused: wrapped, in dark red.
void styleAsProblem(QLabel *label);

} // namespace trinn
