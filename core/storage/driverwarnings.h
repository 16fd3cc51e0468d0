#pragma once

namespace trinn {

/// Qt's PostgreSQL driver warns on standard error ("Unable to free
/// statement: no connection to the server") when a statement outlives a lost
/// connection. Trinn has told the user in its own words by then (see
/// storagefailure.h), so that line is dropped; every other message goes on to
/// the handler that was installed before. Installed once, on first use.
void quietLostConnectionWarnings();

} // namespace trinn
