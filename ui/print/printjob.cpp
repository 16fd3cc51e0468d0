#include "printjob.h"

#include "common/clinictime.h"
#include "patients/patient.h"
#include "storage/journal.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTextDocument>
#include <QToolBar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace trinn {
namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// One look for every printed document; Qt's rich text knows a few CSS rules.
const char *const style = "body { font-family: sans-serif; font-size: 10pt; } "
                          "h1 { font-size: 15pt; margin-bottom: 2px; } h2 { font-size: 12pt; margin-top: 14px; } "
                          "th { text-align: left; background-color: #e8e8e8; } "
                          "p.small { font-size: 8pt; color: #444444; }";

void printInto(const PrintJob &job, QPrinter &printer)
{
    QTextDocument document;
    document.setHtml(job.html);
    document.setMetaInformation(QTextDocument::DocumentTitle, job.title);
    document.print(&printer);
}

} // namespace

QString Printing::heading(const QString &title, const QString &subtitle)
{
    QString html = u"<h1>"_s + esc(title) + u"</h1>"_s;
    if (!subtitle.isEmpty())
        html += u"<p>"_s + esc(subtitle) + u"</p>"_s;
    return html;
}

QString Printing::patientLine(const Patient &patient)
{
    const QString born = patient.birthDate.isValid()
        ? tr("born %1 (%n years)", nullptr, clinictime::ageOn(patient.birthDate, clinictime::today()))
              .arg(clinictime::formatDate(patient.birthDate))
        : QString();
    QStringList parts{u"<b>"_s + esc(patient.fullName()) + u"</b>"_s, esc(tr("national id %1").arg(patient.nationalId))};
    if (!born.isEmpty())
        parts << esc(born);
    return u"<p>"_s + parts.join(u" · "_s) + u"</p>"_s;
}

QString Printing::table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widths,
                        const QList<int> &whole)
{
    const auto cellStart = [&](const char *tag, qsizetype column) -> QString {
        QString start = u"<"_s + QLatin1String(tag);
        if (column < widths.size() && widths.at(column) > 0)
            start += u" width=\"%1%\""_s.arg(widths.at(column));
        if (whole.contains(int(column)))
            start += u" style=\"white-space: nowrap;\""_s;
        return start + u'>';
    };
    QString html = u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse: collapse;\"><tr>"_s;
    for (qsizetype c = 0; c < headers.size(); ++c)
        html += cellStart("th", c) + esc(headers.at(c)) + u"</th>"_s;
    html += u"</tr>"_s;
    for (const QStringList &row : rows) {
        html += u"<tr>"_s;
        for (qsizetype c = 0; c < row.size(); ++c)
            // An empty cell is filled in by hand: two lines high.
            html += cellStart("td", c) + (row.at(c).isEmpty() ? u"&nbsp;<br/>&nbsp;"_s : esc(row.at(c))) + u"</td>"_s;
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

QString Printing::text(const QString &plain)
{
    QString html;
    for (const QString &paragraph : plain.split(u"\n\n"_s))
        html += u"<p>"_s + esc(paragraph).replace(u'\n', u"<br/>"_s) + u"</p>"_s;
    return html;
}

QString Printing::section(const QString &title)
{
    return u"<h2>"_s + esc(title) + u"</h2>"_s;
}

QString Printing::signatureLines(const QStringList &labels)
{
    // Room to sign above a rule, with what the signature is for under it.
    QString html = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" style=\"margin-top: 28px;\"><tr>"_s;
    for (const QString &label : labels)
        html += u"<td width=\"%1%\"><br/><br/>______________________________<br/>%2</td>"_s
                    .arg(100 / std::max<qsizetype>(1, labels.size()))
                    .arg(esc(label));
    return html + u"</tr></table>"_s;
}

QString Printing::printedBy(const Journal &journal)
{
    const QString who = journal.actor().displayName();
    return u"<p class=\"small\">"_s
        + esc(tr("Printed %1 by %2 from Trinn. Confidential: health information about a patient.")
                  .arg(clinictime::formatDateTime(clinictime::now()), who))
        + u"</p>"_s;
}

QString Printing::document(const QString &title, const QString &body)
{
    return u"<html><head><title>"_s + esc(title) + u"</title><style>"_s + QString::fromLatin1(style)
        + u"</style></head><body>"_s + body + u"</body></html>"_s;
}

Status Printing::writePdf(const PrintJob &job, const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(job.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    printer.setDocName(job.title);
    printer.setCreator(QStringLiteral("Trinn"));
    printInto(job, printer);
    const QFileInfo written(path);
    if (!written.exists() || written.size() == 0)
        return Error{tr("The PDF could not be written to %1. Nothing was saved; choose another folder.").arg(path)};
    return {};
}

QString Printing::savePdfText()
{
    return tr("Save as &PDF…");
}

void Printing::preview(QWidget *parent, const PrintSource &source)
{
    const Result<PrintJob> job = source();
    if (!job) {
        QMessageBox::warning(parent, tr("Nothing to print"), tr("The document could not be made: %1").arg(job.error()));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(job->landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    printer.setDocName(job->title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreview"));
    dialog.setWindowTitle(tr("Print preview: %1").arg(job->title));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&job](QPrinter *p) { printInto(*job, *p); });
    auto *savePdf = new QAction(savePdfText(), &dialog);
    savePdf->setObjectName(QStringLiteral("savePdf"));
    savePdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    QObject::connect(savePdf, &QAction::triggered, &dialog, [&dialog, &job] {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        // Qt's own dialog, the same everywhere (and translated with Qt's strings).
        const QString path = QFileDialog::getSaveFileName(&dialog, tr("Save as PDF"), folder + u'/' + job->fileName,
                                                          tr("PDF documents (*.pdf)"), nullptr,
                                                          QFileDialog::DontUseNativeDialog);
        if (path.isEmpty())
            return;
        if (Status written = writePdf(*job, path); !written)
            QMessageBox::warning(&dialog, tr("PDF not saved"), written.error());
        else
            dialog.accept();
    });
    if (auto *tools = dialog.findChild<QToolBar *>())
        tools->addAction(savePdf);
    dialog.addAction(savePdf);
    dialog.resize(900, 760);
    dialog.exec();
}

QPushButton *Printing::button(QWidget *owner, const QString &text, const PrintSource &source)
{
    auto *print = new QPushButton(text, owner);
    print->setObjectName(QStringLiteral("print"));
    print->setAutoDefault(false);
    QObject::connect(print, &QPushButton::clicked, owner, [owner, source] { preview(owner, source); });
    auto *shortcut = new QShortcut(QKeySequence::Print, owner);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(shortcut, &QShortcut::activated, owner, [owner, source] { preview(owner, source); });
    return print;
}

} // namespace trinn
