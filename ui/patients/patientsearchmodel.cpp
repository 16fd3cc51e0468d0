#include "patientsearchmodel.h"

#include "common/clinictime.h"
#include "patients/searchterms.h"
#include "storage/patientstore.h"

#include <QApplication>
#include <QHash>
#include <QStyle>

namespace trinn {
namespace {

QString nameKey(const PatientSummary &p)
{
    return searchterms::nameKey(p.givenNames, p.familyName);
}

} // namespace

PatientSearchModel::PatientSearchModel(PatientStore &patients, QObject *parent)
    : QAbstractTableModel(parent)
    , m_patients(patients)
{
}

void PatientSearchModel::setSearchText(const QString &text)
{
    beginResetModel();
    m_text = text;
    m_error.clear();
    m_seen.clear();
    m_nextOffset = 0;
    m_mayHaveMore = false;
    m_rows = loadPage();
    markSameNames();
    endResetModel();
}

void PatientSearchModel::markSameNames()
{
    // One lookup per row, in a table sized for the page up front: this runs
    // on every keystroke.
    QHash<QString, qint64> first;
    first.reserve(m_rows.size());
    m_sameName.clear();
    for (const PatientSummary &p : std::as_const(m_rows)) {
        qint64 &firstId = first[nameKey(p)];
        if (firstId == 0) {
            firstId = p.id;
        } else {
            m_sameName.insert(firstId);
            m_sameName.insert(p.id);
        }
    }
}

int PatientSearchModel::exactMatchRow() const
{
    const QString typed = m_text.simplified().toCaseFolded();
    if (typed.isEmpty())
        return -1;
    int found = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        const PatientSummary &p = m_rows.at(row);
        const QString family = p.familyName.simplified().toCaseFolded();
        const QString given = p.givenNames.simplified().toCaseFolded();
        const bool exact = p.nationalId == typed || nameKey(p) == typed || family + QLatin1Char(' ') + given == typed
            || family + QStringLiteral(", ") + given == typed;
        if (!exact)
            continue;
        if (found >= 0)
            return -1;
        found = row;
    }
    return found;
}

bool PatientSearchModel::hasSameName(int row) const
{
    return m_sameName.contains(patientIdAt(row));
}

QList<PatientSummary> PatientSearchModel::loadPage()
{
    if (m_text.trimmed().isEmpty())
        return {};
    Result<PatientStore::SearchPage> page = m_patients.searchPage(m_text, pageSize, m_nextOffset, &m_seen);
    if (!page) {
        m_mayHaveMore = false;
        m_error = page.error();
        emit searchFailed(m_error);
        return {};
    }
    m_nextOffset = page->nextOffset;
    m_mayHaveMore = page->mayHaveMore;
    return page->patients;
}

qint64 PatientSearchModel::patientIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int PatientSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PatientSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PatientSummary &patient = m_rows.at(index.row());
    if (role == PatientIdRole)
        return patient.id;
    const bool sameName = m_sameName.contains(patient.id);
    if (sameName && index.column() == NameColumn && role == Qt::DecorationRole)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (sameName && role == Qt::ToolTipRole)
        return tr("Another patient has the same name: check the birth date and national id.");
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return QString(patient.familyName + QStringLiteral(", ") + patient.givenNames);
    case NationalIdColumn:
        return patient.nationalId;
    case BornColumn:
        return tr("%1 (%2 years)")
            .arg(clinictime::formatDate(patient.birthDate))
            .arg(clinictime::ageOn(patient.birthDate, clinictime::today()));
    default:
        return {};
    }
}

QVariant PatientSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case NationalIdColumn:
        return tr("National id");
    case BornColumn:
        return tr("Born");
    default:
        return {};
    }
}

bool PatientSearchModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_mayHaveMore;
}

void PatientSearchModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_mayHaveMore)
        return;
    const QList<PatientSummary> page = loadPage();
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
    const QSet<qint64> before = m_sameName;
    markSameNames();
    if (m_sameName != before)
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace trinn
