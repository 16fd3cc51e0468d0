#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace trinn {

/// File → Open journal…: a journal file (typed or browsed for) or a
/// postgresql:// address. Only where it is: the program opens it.
class OpenJournalDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpenJournalDialog(const QString &current, QWidget *parent = nullptr);
    QString location() const;
    void accept() override;

private:
    QLineEdit *m_location;
    QLabel *m_problem;
};

} // namespace trinn
