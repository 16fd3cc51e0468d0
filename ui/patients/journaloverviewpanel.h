#pragma once

#include <QWidget>

class QLabel;

namespace trinn {

struct JournalOverview;

/// The journal at a glance: warnings on top, then medication and the last
/// tests, what comes next and the care team, and the latest notes with their
/// text. Each part is a labelled block of wrapped text, so nothing is cut at
/// any width; the view around it scrolls.
class JournalOverviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit JournalOverviewPanel(QWidget *parent = nullptr);

    void display(const JournalOverview &overview);
    /// Says why the overview could not be read, in place of its parts.
    void showProblem(const QString &problem);
    void clear();

private:
    QLabel *addPart(const QString &title, const char *objectName, int row, int column, int span = 1);

    QLabel *m_warnings;
    QLabel *m_medication;
    QLabel *m_tests;
    QLabel *m_upcoming;
    QLabel *m_careTeam;
    QLabel *m_notes;
    QLabel *m_hidden;
};

} // namespace trinn
