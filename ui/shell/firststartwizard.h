#pragma once

#include "access/accesspolicy.h"

#include <QWizard>

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace trinn {

class Journal;

/// The first start of Trinn on a workstation that knows no journal yet:
/// open a journal that exists, or make a new one with its first
/// administrator and the clinic's sites, rooms and beds. Nothing is made
/// until the last step is confirmed; what fails is undone and said.
class FirstStartWizard : public QWizard
{
    Q_OBJECT
public:
    enum Page { ChoosePage, AdministratorPage, ClinicPage, DonePage };

    /// `suggested`: where a new journal goes unless the user says otherwise.
    explicit FirstStartWizard(const QString &suggested, QWidget *parent = nullptr);
    ~FirstStartWizard() override;

    /// Whether the user chose to make a new journal (else to open one).
    bool creates() const;
    /// The journal to open, or the one made.
    QString location() const;
    /// The journal made, open and signed in as its first administrator
    /// (empty when the user chose to open an existing one).
    std::unique_ptr<Journal> takeJournal();

    /// The rooms text ("Room 1: 2", "Annex / Room 5: 1") as beds: site, room
    /// and number; an error names the line that is not understood.
    struct Room
    {
        QString site;
        QString room;
        int beds = 1;
    };
    static Result<QList<Room>> parseRooms(const QString &defaultSite, const QString &text);

private:
    /// Makes the journal from what was typed; false (with the reason shown) when it could not.
    bool build();

    QRadioButton *m_create;
    QRadioButton *m_open;
    QLineEdit *m_location;
    QLabel *m_chooseProblem;
    QLineEdit *m_fullName;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_adminProblem;
    QLineEdit *m_site;
    QPlainTextEdit *m_rooms;
    QLabel *m_clinicProblem;
    QLabel *m_done;
    std::unique_ptr<Journal> m_journal;
};

} // namespace trinn
