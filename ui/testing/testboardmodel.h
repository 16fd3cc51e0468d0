#pragma once

#include "storage/substanceteststore.h"

#include <QAbstractTableModel>
#include <QDate>

namespace trinn {

/// The day's test board: every patient who must be tested, with the day's status.
/// One day's list is bounded by the clinic's size, not the journal's.
class TestBoardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PatientColumn, StatusColumn, TimeColumn, FindingsColumn, ProgramColumn, NationalIdColumn, ColumnCount };
    enum Role { PatientIdRole = Qt::UserRole + 1, OutcomeRole };

    explicit TestBoardModel(SubstanceTestStore &tests, QObject *parent = nullptr);

    /// Loads the board of a day; returns the journal's error, or an empty string.
    QString load(QDate day);
    QDate day() const { return m_day; }
    const SubstanceTestStore::BoardRow &row(int index) const { return m_rows.at(index); }
    int untestedCount() const;
    int flaggedCount() const;
    /// The first row after `from` (wrapping) not yet tested, or -1.
    int nextUntested(int from) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const QString &outcome);

private:
    SubstanceTestStore &m_tests;
    QDate m_day;
    QList<SubstanceTestStore::BoardRow> m_rows;
};

} // namespace trinn
