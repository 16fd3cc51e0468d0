#include "csvsave.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>

namespace trinn {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CsvSave)
};
} // namespace

void exportCsv(QWidget *parent, const QString &suggestedName, const std::function<Result<QByteArray>()> &make)
{
    const QString file = QFileDialog::getSaveFileName(parent, Text::tr("Export CSV"), QDir::home().filePath(suggestedName),
                                                      Text::tr("CSV for spreadsheets (*.csv)"));
    if (file.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<QByteArray> csv = make();
    QString problem;
    if (!csv) {
        problem = csv.error();
    } else {
        QSaveFile output(file);
        if (!output.open(QIODevice::WriteOnly) || output.write(*csv) != csv->size()
            || !output.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !output.commit())
            problem = Text::tr("%1 could not be written: %2.").arg(file, output.errorString());
    }
    QApplication::restoreOverrideCursor();
    if (!problem.isEmpty())
        QMessageBox::warning(parent, Text::tr("Export CSV"), problem + QLatin1Char(' ') + Text::tr("Nothing was written."));
    else
        QMessageBox::information(parent, Text::tr("Export CSV"),
                                 Text::tr("Saved %1. It holds patient data: keep it as safe as the journal.").arg(file));
}

} // namespace trinn
