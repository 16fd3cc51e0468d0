#pragma once

#include "patients/patient.h"

#include <QAbstractTableModel>
#include <QSet>

namespace trinn {

class PatientStore;

/// Search results as the user types. Loads one page at a time through
/// canFetchMore/fetchMore, so its cost follows what is on screen.
class PatientSearchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, NationalIdColumn, BornColumn, ColumnCount };
    enum Role { PatientIdRole = Qt::UserRole + 1 };
    static constexpr int pageSize = 50;

    explicit PatientSearchModel(PatientStore &patients, QObject *parent = nullptr);

    /// Runs a new search; an empty text clears the results.
    void setSearchText(const QString &text);
    const QString &searchText() const { return m_text; }
    /// The last error from the journal, empty when the search worked.
    const QString &lastError() const { return m_error; }
    qint64 patientIdAt(int row) const;
    /// The one row whose national id or whole name is exactly the search
    /// text; -1 when none is, or when more than one is (two of the same name).
    int exactMatchRow() const;
    /// Whether another patient in the results has the same name as this row's.
    bool hasSameName(int row) const;
    /// The rows sharing a name with another row.
    int sameNameRows() const { return int(m_sameName.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void searchFailed(const QString &message);

private:
    // The next page from m_nextOffset on; moves the offset along.
    QList<PatientSummary> loadPage();
    // Finds the rows that share a name, after the rows changed.
    void markSameNames();

    PatientStore &m_patients;
    QString m_text;
    QString m_error;
    QList<PatientSummary> m_rows;
    QSet<qint64> m_seen;
    QSet<qint64> m_sameName;
    int m_nextOffset = 0;
    bool m_mayHaveMore = false;
};

} // namespace trinn
