#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

class QPushButton;
class QWidget;

namespace trinn {

class Journal;
struct Patient;

/// A document to print or save as PDF: its title (the window's and the
/// PDF's), a file name to offer, and its content as Qt's rich text.
struct PrintJob
{
    QString title;
    QString fileName;
    QString html;
    /// Wide tables (the test list) print across the page.
    bool landscape = false;
};

/// Builds a document when asked (so what is printed is read then, through
/// core's gate, and audited), or says why it cannot.
using PrintSource = std::function<Result<PrintJob>()>;

/// Printing with a preview, and "Save as PDF", for every printed document;
/// and the pieces the documents are made of. Text given to the pieces is
/// plain text: they escape it.
class Printing
{
    Q_DECLARE_TR_FUNCTIONS(Printing)
public:
    static QString heading(const QString &title, const QString &subtitle = {});
    /// "Kari Nordmann · national id 15858510055 · born 15.05.1985 (41 years)".
    static QString patientLine(const Patient &patient);
    /// A table; `widths` (percent of the page, one a column, 0: as it comes)
    /// and `whole` (columns never broken over lines: names, ids, times).
    static QString table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widths = {},
                         const QList<int> &whole = {});
    /// Plain text kept as written: its lines and paragraphs.
    static QString text(const QString &plain);
    static QString section(const QString &title);
    /// A line to sign on, with what it is for under it ("Signature, nurse").
    static QString signatureLines(const QStringList &labels);
    /// Who printed it and when, for the foot of the document.
    static QString printedBy(const Journal &journal);
    static QString document(const QString &title, const QString &body);

    /// Writes the document to a PDF file; says why not.
    static Status writePdf(const PrintJob &job, const QString &path);
    /// Builds the document and shows it in a print preview, whose tool bar
    /// also saves it as PDF; a document that cannot be built says why.
    static void preview(QWidget *parent, const PrintSource &source);
    /// A "Print…" button on `owner` and Ctrl+P anywhere in it, both opening the preview.
    static QPushButton *button(QWidget *owner, const QString &text, const PrintSource &source);
    static QString savePdfText();
};

} // namespace trinn
