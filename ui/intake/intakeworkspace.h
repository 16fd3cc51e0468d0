#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDate;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeWidget;

namespace trinn {

class Journal;
class WorkspaceRefresh;

/// The intake coordinator's desk: referrals with their deadlines (overdue in
/// red, due this week in orange), the waiting list, the bed board and the
/// occupancy forecast.
class IntakeWorkspace : public QWidget
{
    Q_OBJECT
public:
    explicit IntakeWorkspace(Journal &journal, QWidget *parent = nullptr);

    void reload();
    /// Reads what is shown again after a change made here or elsewhere,
    /// keeping the selections and the scroll positions.
    void refresh();
    void receive();
    void assessSelected();
    void planSelected();
    void rejectSelected();
    /// The answer to the selected, assessed referral, to the person and the
    /// referrer: a print preview that also saves it as PDF (Alt+L).
    void letterForSelected();
    /// Every decision on the selected referral, oldest first (Ctrl+H).
    void showHistory();
    void addBed();
    /// Registers the selected referral's person and admits them (Alt+M).
    void admitSelected();
    /// Books the bed chosen on the board for a patient (Alt+K).
    void bookBed();
    QTreeWidget *referrals() const { return m_referrals; }
    QTreeWidget *board() const { return m_board; }

private:
    qint64 selectedReferral() const;
    QWidget *buildReferralsTab();
    QWidget *buildBedsTab();
    void reloadReferrals(QDate today);
    void reloadBeds(QDate today);

    Journal &m_journal;
    bool m_mayReadReferrals = false;
    bool m_mayReadBeds = false;
    WorkspaceRefresh *m_refresh = nullptr;
    QTreeWidget *m_referrals = nullptr;
    /// Shows the referrals admitted or rejected in the last 30 days too.
    QCheckBox *m_showClosed = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_nationalId = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_service = nullptr;
    QDateEdit *m_received = nullptr;
    QSpinBox *m_priority = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_reason = nullptr;
    /// The decision on the right to necessary health care an assessment records.
    QComboBox *m_careRight = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_signer = nullptr;
    QTreeWidget *m_board = nullptr;
    QTreeWidget *m_forecast = nullptr;
    QLineEdit *m_bedSite = nullptr;
    QLineEdit *m_bedRoom = nullptr;
    QLineEdit *m_bedLabel = nullptr;
    QLabel *m_bedProblem = nullptr;
};

} // namespace trinn
