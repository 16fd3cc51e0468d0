#pragma once

#include "access/accesspolicy.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QString>

#include <functional>

class QComboBox;
class QDateEdit;
class QDialog;
class QTreeWidget;
class QWidget;

namespace trinn {
class Journal;
}

// Keyboard driving for the end-to-end UI tests: sign in as a role, press
// mnemonics, type dates, choose in lists and combo boxes with the arrow keys,
// and handle the modal dialog a key opens.
namespace trinn::ui {

/// A staff account (made as the system) and the journal signed in as it.
Actor addStaff(Journal &journal, const QString &username, const QString &fullName, Role role);
void signIn(Journal &journal, const Actor &actor);

/// Shows the window, active, at 1280×800.
void showActive(QWidget &window);
/// Alt+key on `widget`'s window, then the wait a mnemonic click animates.
void alt(QWidget *widget, Qt::Key key);
/// Presses `open`; runs `act` on the modal dialog once it is up and closes it
/// if `act` left it open. Whether the dialog came within 3 seconds.
bool withDialog(const std::function<void()> &open, const std::function<void(QDialog *)> &act);

/// Focuses the date field and types the date as the clinic writes it.
void typeDate(QDateEdit *edit, QDate date);
/// Focuses the field and types over what it holds.
void typeOver(QWidget *edit, const QString &text);
/// Focuses the combo box and walks it with the arrow keys to the item whose
/// data (or, with no data match, text start) is `wanted`. Whether it got there.
bool chooseInCombo(QComboBox *combo, const QVariant &wanted);
/// Walks the list with the arrow keys to the first row whose `column`
/// (role Qt::UserRole + offset when role != DisplayRole) matches.
bool chooseInList(QTreeWidget *list, const std::function<bool(int row)> &matches);

/// A child the parent must have: a failed check (not a crash) when it is missing.
QWidget *findPart(QWidget *parent, const char *name, const char *className);
template<typename T>
T *part(QWidget *parent, const char *name)
{
    return static_cast<T *>(findPart(parent, name, T::staticMetaObject.className()));
}

/// The text of a PDF as pdftotext (poppler-utils) reads it, lines joined by spaces.
QString pdfText(const QString &path);

} // namespace trinn::ui

namespace Catch {
template<>
struct StringMaker<QDate>
{
    static std::string convert(const QDate &date) { return date.isValid() ? date.toString(Qt::ISODate).toStdString() : "(no date)"; }
};
} // namespace Catch
