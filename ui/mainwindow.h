#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QListWidget;
class QStackedWidget;

namespace trinn {

class Journal;
class PatientStore;
class PatientsWorkspace;

/// The desktop program's window: one workspace per kind of user, chosen in
/// the list on the left or with Ctrl+1 … Ctrl+6.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Workspace { Patients, TestBoard, Groups, Calendar, Intake, Administration, WorkspaceCount };
    /// What the program does once the window has closed (app/trinn acts on
    /// it: ui opens no journal and signs nobody in itself).
    enum class Outcome { Quit, SignOut, SwitchUser, OpenJournal };

    explicit MainWindow(Journal &journal, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Switches to a workspace the signed-in role may use; one it may not
    /// use is not offered at all (not listed, no menu entry, no shortcut).
    void showWorkspace(Workspace workspace);
    bool offers(Workspace workspace) const;
    PatientsWorkspace *patientsWorkspace() const { return m_patients; }
    /// The workspace shown now.
    Workspace currentWorkspace() const;

    /// Closes the window, saying what comes next (File → Open journal…,
    /// Sign out, Switch user, Quit); `journal` is the one to open.
    void finish(Outcome outcome, const QString &journal = {});
    Outcome outcome() const { return m_outcome; }
    QString requestedJournal() const { return m_requestedJournal; }

signals:
    /// The window has closed; outcome() says what comes next.
    void finished();

protected:
    /// Remembers the window's size, place and workspace for the next start.
    void closeEvent(QCloseEvent *event) override;

private:
    void addWorkspace(const QString &name, QWidget *page);
    void createMenus();
    /// Shows the Patient menu's actions the signed-in role may use (emergency
    /// access widens them); a hidden action's shortcut does nothing.
    void offerPatientActions();

    Journal &m_journal;
    std::unique_ptr<PatientStore> m_patientStore;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    PatientsWorkspace *m_patients = nullptr;
    Outcome m_outcome = Outcome::Quit;
    QString m_requestedJournal;
    bool m_finished = false;
    struct OfferedAction
    {
        QAction *action;
        int data; // AccessPolicy::Data
        bool write;
    };
    QList<OfferedAction> m_patientActions;
};

} // namespace trinn
