#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace trinn {

class Journal;

/// A red strip under the menu while the signed-in staff member has emergency
/// access on: it says so, shows the reason they wrote and ends it with one
/// button, so nobody forgets it is on. Hidden otherwise.
class EmergencyBanner : public QFrame
{
    Q_OBJECT
public:
    explicit EmergencyBanner(Journal &journal, QWidget *parent = nullptr);

    /// Shows or hides the strip as the journal's actor is now.
    void follow();
    QPushButton *endButton() const { return m_end; }

signals:
    /// The button was pressed: the owner ends emergency access.
    void endRequested();

private:
    Journal &m_journal;
    QLabel *m_text;
    QPushButton *m_end;
};

} // namespace trinn
