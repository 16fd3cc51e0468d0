#pragma once

class QLabel;
class QString;

namespace trinn {

/// The look of a label that says why something was refused: wrapped, in dark red.
void styleAsProblem(QLabel *label);

/// What a message label says, each kind with its own look, so that "Signed."
/// never looks like a refusal: a problem (dark red, bold), a success (dark
/// green, with a check mark) or a plain notice (the usual text colour). The
/// label's "messageKind" property names the kind ("problem", "success",
/// "notice").
void showProblem(QLabel *label, const QString &text);
void showSuccess(QLabel *label, const QString &text);
void showNotice(QLabel *label, const QString &text);
/// A success when `ok`, else a problem: the usual "done, or why not".
void showOutcome(QLabel *label, bool ok, const QString &text);

} // namespace trinn
