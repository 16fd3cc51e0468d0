#include "testboardmodel.h"

#include "common/clinictime.h"
#include "testing/testinterpretation.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace trinn {

TestBoardModel::TestBoardModel(SubstanceTestStore &tests, QObject *parent)
    : QAbstractTableModel(parent)
    , m_tests(tests)
{
}

QString TestBoardModel::load(QDate day)
{
    Result<QList<SubstanceTestStore::BoardRow>> rows = m_tests.board(day);
    // Sites come from the bed board; one who may not read it filters by unit only.
    Result<QHash<qint64, QString>> sites = m_tests.sitesOn(day);
    beginResetModel();
    m_day = day;
    m_all = rows ? *rows : QList<SubstanceTestStore::BoardRow>();
    m_sites = sites ? *sites : QHash<qint64, QString>();
    applyFilter();
    endResetModel();
    return rows ? QString() : rows.error();
}

void TestBoardModel::setFilter(const QString &unit, const QString &site)
{
    beginResetModel();
    m_unit = unit;
    m_site = site;
    applyFilter();
    endResetModel();
}

bool TestBoardModel::passes(const SubstanceTestStore::BoardRow &row, const QString &site, const QString &unit,
                            const QString &siteWanted)
{
    return (unit.isEmpty() || row.service == unit) && (siteWanted.isEmpty() || site == siteWanted);
}

void TestBoardModel::applyFilter()
{
    m_rows.clear();
    m_times.clear();
    for (const SubstanceTestStore::BoardRow &r : std::as_const(m_all)) {
        if (passes(r, m_sites.value(r.patientId), m_unit, m_site)) {
            m_rows.append(r);
            // Once per row: the view asks for it at every size hint and paint,
            // and each is a conversion to Oslo time.
            m_times.append(r.sampledAt.isValid() ? clinictime::local(r.sampledAt).toString(QStringLiteral("HH:mm")) : QString());
        }
    }
}

QStringList TestBoardModel::units() const
{
    QStringList units;
    for (const SubstanceTestStore::BoardRow &r : std::as_const(m_all)) {
        if (!r.service.isEmpty() && !units.contains(r.service))
            units.append(r.service);
    }
    std::sort(units.begin(), units.end());
    return units;
}

QStringList TestBoardModel::sites() const
{
    QStringList sites;
    for (const SubstanceTestStore::BoardRow &r : std::as_const(m_all)) {
        const QString site = m_sites.value(r.patientId);
        if (!site.isEmpty() && !sites.contains(site))
            sites.append(site);
    }
    std::sort(sites.begin(), sites.end());
    return sites;
}

QString TestBoardModel::unitName(const QString &service)
{
    if (service == QStringLiteral("residential")) return tr("Residential");
    if (service == QStringLiteral("evening")) return tr("Evening program");
    if (service == QStringLiteral("full-time")) return tr("Full-time program");
    if (service == QStringLiteral("specialist")) return tr("Specialist pathway");
    if (service == QStringLiteral("lar")) return tr("LAR outpatient");
    if (service == QStringLiteral("municipal")) return tr("Municipal day treatment");
    return service;
}

int TestBoardModel::untestedCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const auto &r) { return r.outcome.isEmpty(); }));
}

int TestBoardModel::flaggedCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const auto &r) {
        return r.outcome == QStringLiteral("positive") || r.outcome == QStringLiteral("missing")
            || r.outcome == QStringLiteral("refused");
    }));
}

int TestBoardModel::nextUntested(int from) const
{
    const int count = int(m_rows.size());
    for (int step = 1; step <= count; ++step) {
        const int i = (from + step) % count;
        if (m_rows.at(i).outcome.isEmpty())
            return i;
    }
    return -1;
}

int TestBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TestBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TestBoardModel::statusText(const QString &outcome)
{
    if (outcome.isEmpty())
        return tr("not tested");
    return TestInterpretation::outcomeName(TestInterpretation::outcomeFromCode(outcome));
}

QVariant TestBoardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SubstanceTestStore::BoardRow &r = m_rows.at(index.row());
    if (role == PatientIdRole)
        return r.patientId;
    if (role == OutcomeRole)
        return r.outcome;
    if (role == Qt::ToolTipRole && index.column() == ProgramColumn)
        return m_sites.contains(r.patientId) ? tr("%1 · %2").arg(r.program, m_sites.value(r.patientId)) : r.program;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case PatientColumn: return r.name;
        case NationalIdColumn: return r.nationalId;
        case ProgramColumn: return r.program;
        case StatusColumn: return statusText(r.outcome);
        case TimeColumn: return m_times.value(index.row());
        case FindingsColumn: return r.reasons.join(QStringLiteral("; "));
        }
    }
    if (role == Qt::FontRole && index.column() == StatusColumn && (r.outcome.isEmpty() || r.outcome == QStringLiteral("positive"))) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        if (r.outcome.isEmpty()) return QBrush(QColor(0x55, 0x55, 0x55));
        if (r.outcome == QStringLiteral("negative")) return QBrush(QColor(0x1a, 0x7f, 0x37));
        if (r.outcome == QStringLiteral("expected")) return QBrush(QColor(0x1f, 0x5f, 0xa8));
        if (r.outcome == QStringLiteral("pending")) return QBrush(QColor(0x9a, 0x6a, 0x00));
        return QBrush(QColor(0xb0, 0x10, 0x10));
    }
    return {};
}

QVariant TestBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PatientColumn: return tr("Patient");
    case NationalIdColumn: return tr("National id");
    case ProgramColumn: return tr("Program");
    case StatusColumn: return tr("Status");
    case TimeColumn: return tr("Time");
    case FindingsColumn: return tr("Findings");
    }
    return {};
}

} // namespace trinn
