#pragma once

#include <QWidget>

namespace trinn {

/// A workspace whose tools are not built yet: it says what it will hold, so
/// nobody mistakes an empty page for missing data.
class ComingWorkspace : public QWidget
{
    Q_OBJECT
public:
    ComingWorkspace(const QString &title, const QString &whatItWillHold, QWidget *parent = nullptr);
};

} // namespace trinn
