#pragma once

#include "storage/substanceteststore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace trinn {

/// The day's test board: every patient who must be tested, with the day's status.
/// One day's list is bounded by the clinic's size, not the journal's.
class TestBoardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The national id and program come before the findings, which wrap: all fit 1280 pixels.
    enum Column { PatientColumn, NationalIdColumn, StatusColumn, TimeColumn, ProgramColumn, FindingsColumn, ColumnCount };
    enum Role { PatientIdRole = Qt::UserRole + 1, OutcomeRole };

    explicit TestBoardModel(SubstanceTestStore &tests, QObject *parent = nullptr);

    /// Loads the board of a day; returns the journal's error, or an empty string.
    QString load(QDate day);
    QDate day() const { return m_day; }
    /// Shows only the rows of a unit (a program's service code) and a site;
    /// an empty one shows all.
    void setFilter(const QString &unit, const QString &site);
    QString unitFilter() const { return m_unit; }
    QString siteFilter() const { return m_site; }
    /// The units and sites of the day's whole board, sorted, for the filter's choices.
    QStringList units() const;
    QStringList sites() const;
    QString siteOf(qint64 patientId) const { return m_sites.value(patientId); }
    /// The whole day's board, whatever the filter.
    int totalCount() const { return int(m_all.size()); }
    /// A shown row (the filter applied).
    const SubstanceTestStore::BoardRow &row(int index) const { return m_rows.at(index); }
    const QList<SubstanceTestStore::BoardRow> &rows() const { return m_rows; }
    int untestedCount() const;
    int flaggedCount() const;
    /// The first row after `from` (wrapping) not yet tested, or -1.
    int nextUntested(int from) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const QString &outcome);
    /// A service code as the user reads it ("Residential", "Evening").
    static QString unitName(const QString &service);
    /// Whether a row passes a unit and site filter (empty: any).
    static bool passes(const SubstanceTestStore::BoardRow &row, const QString &site, const QString &unit, const QString &siteWanted);

private:
    SubstanceTestStore &m_tests;
    void applyFilter();

    QDate m_day;
    QList<SubstanceTestStore::BoardRow> m_all;
    QList<SubstanceTestStore::BoardRow> m_rows;
    QStringList m_times; // each row's sample time as shown
    QHash<qint64, QString> m_sites;
    QString m_unit;
    QString m_site;
};

} // namespace trinn
