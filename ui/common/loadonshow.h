#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace trinn {

/// Loads a workspace the first time it is shown rather than when the main
/// window is built: start-up then costs the same whatever the journal holds,
/// and the audit log records what someone looked at, not every workspace.
class LoadOnShow : public QObject
{
public:
    LoadOnShow(QWidget *page, std::function<void()> load);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void()> m_load;
};

} // namespace trinn
