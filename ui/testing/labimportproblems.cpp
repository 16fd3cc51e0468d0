#include "labimportproblems.h"

#include "common/problemlabel.h"
#include "storage/labimport.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace trinn {

LabImportProblemsDialog::LabImportProblemsDialog(const QString &file, const QString &problems, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("labImportProblems"));
    setWindowTitle(tr("Lab results not imported"));
    // Core says each problem on a line of its own, and last that nothing was imported.
    QStringList lines = problems.split(u'\n', Qt::SkipEmptyParts);
    int bad = 0;
    for (const QString &line : std::as_const(lines)) {
        if (line == LabImport::tr("Nothing was imported."))
            continue;
        m_list->addItem(line);
        ++bad;
    }
    m_list->setObjectName(QStringLiteral("problems"));
    m_list->setWordWrap(true);
    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("summary"));
    showProblem(summary, tr("%1: %n problems found. Nothing was imported; correct the rows and import the file again.", nullptr, bad)
                             .arg(QFileInfo(file).fileName()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 360);
    m_list->setFocus();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

} // namespace trinn
