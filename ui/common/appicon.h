#pragma once

class QIcon;

namespace trinn {

/// Trinn's application icon from the program's resources (resources/trinn.qrc),
/// at every size the PNGs come in, so that no SVG image plugin is needed.
QIcon applicationIcon();

/// Sets the icon on the application, and names its desktop entry
/// (no.trinn.Trinn) so that the desktop matches windows to it.
void applyApplicationIdentity();

} // namespace trinn
