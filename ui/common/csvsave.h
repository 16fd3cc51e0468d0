#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QWidget;

namespace trinn {

/// "Export CSV…" where a list is shown: asks for a file (the name
/// suggested), makes the CSV (core reads it through the gate, audited), and
/// writes it whole or not at all, readable by its owner only. Says how it went.
void exportCsv(QWidget *parent, const QString &suggestedName, const std::function<Result<QByteArray>()> &make);

} // namespace trinn
