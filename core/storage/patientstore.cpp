#include "patientstore.h"
#include "common/journalwords.h"

#include "common/clinictime.h"
#include "patients/patientrules.h"
#include "patients/searchterms.h"
#include "access/gate.h"
#include "storage/journal.h"
#include "storage/sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using trinn::sqlvalues::text;

namespace trinn {
namespace {

const QString summaryColumns = u"p.id, p.national_id, p.birth_date, p.given_names, p.family_name"_s;

PatientSummary summaryFrom(const QSqlQuery &query)
{
    PatientSummary summary;
    summary.id = query.value(0).toLongLong();
    summary.nationalId = query.value(1).toString();
    summary.birthDate = clinictime::dateFromStorage(query.value(2).toString());
    summary.givenNames = query.value(3).toString();
    summary.familyName = query.value(4).toString();
    return summary;
}

QString sortKeyOf(const QString &givenNames, const QString &familyName)
{
    return QString(familyName + u' ' + givenNames).toCaseFolded();
}

} // namespace

using Data = AccessPolicy::Data;

JournalKind PatientStore::journalKind() const
{
    return m_journal.kind();
}

Result<qint64> PatientStore::add(const NewPatient &input)
{
    NewPatient patient = input;
    patient.nationalId.remove(u' ');
    patient.givenNames = text(patient.givenNames.simplified());
    patient.familyName = patient.familyName.simplified();

    if (Decision decision = PatientRules::canRegister(patient, m_journal.kind()); !decision)
        return Error{decision.reason};
    const Result<NationalId> id = NationalId::parse(patient.nationalId);

    return Gate::write(m_journal, Data::Patient, PatientRef::none(), u"registered the patient"_s,
                       [&](Scope &scope) -> Result<qint64> {

        Result<QSqlQuery> existing = scope.run(
            u"SELECT given_names, family_name FROM patient WHERE national_id = ?"_s, {id->digits()});
        if (!existing)
            return Error{existing.error()};
        if (existing->next())
            return Error{tr("A patient with national id %1 is already registered (%2 %3).")
                             .arg(id->digits(), existing->value(0).toString(), existing->value(1).toString())};
        // SQLite will not commit while a statement is still open on the connection.
        existing->finish();

        const qint64 now = clinictime::toStorage(patient.registeredAt.isValid() ? patient.registeredAt : clinictime::now());
        Result<QSqlQuery> inserted = scope.run(
            u"INSERT INTO patient (national_id, id_kind, birth_date, given_names, family_name, sort_key, "
            "phone, email, address, gp_name, gp_practice, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            {id->digits(), NationalId::kindCode(id->kind()), clinictime::dateToStorage(id->birthDate()),
             patient.givenNames, patient.familyName, sortKeyOf(patient.givenNames, patient.familyName),
             text(patient.phone), text(patient.email), text(patient.address), text(patient.gpName),
             text(patient.gpPractice), now, now});
        if (!inserted)
            return Error{inserted.error()};
        if (!inserted->next())
            return Error{tr("The journal did not return the new patient's number.")};
        const qint64 patientId = inserted->value(0).toLongLong();
        inserted->finish();

        Result<QSqlQuery> term = scope.prepare(
            u"INSERT INTO patient_term (term, patient_id, field, sort_key) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"_s);
        if (!term)
            return Error{term.error()};
        const QString sortKey = sortKeyOf(patient.givenNames, patient.familyName);
        const auto addTerms = [&](const QString &text, const QString &field) -> Status {
            const QStringList words = searchterms::wordsOf(text);
            for (const QString &word : words) {
                if (Status done = scope.execPrepared(*term, {word, patientId, field, sortKey}); !done)
                    return done;
            }
            return {};
        };
        if (Status done = addTerms(patient.familyName, u"f"_s); !done)
            return Error{done.error()};
        if (Status done = addTerms(patient.givenNames, u"g"_s); !done)
            return Error{done.error()};
        term->finish();
        // The new patient's record of who registered them.
        scope.touched(patientId);

        return patientId;
    });
}

Result<qint64> PatientStore::addNextOfKin(qint64 patientId, const NextOfKin &person)
{
    if (person.name.trimmed().isEmpty())
        return Error{tr("The next of kin needs a name.")};
    if (person.relation.trimmed().isEmpty())
        return Error{tr("Say how %1 is related to the patient.").arg(person.name.trimmed())};
    const QVariant consentAt = person.consentToShare
        ? QVariant(clinictime::toStorage(person.consentRecordedAt.isValid() ? person.consentRecordedAt
                                                                             : clinictime::now()))
        : QVariant(QMetaType::fromType<qint64>());
    return Gate::write(m_journal, Data::Patient, PatientRef::patient(patientId), u"added next of kin"_s,
                       [&](Scope &scope) -> Result<qint64> {
        Result<QSqlQuery> exists = scope.run(u"SELECT 1 FROM patient WHERE id = ?"_s, {patientId});
        if (!exists)
            return Error{exists.error()};
        if (!exists->next())
            return Error{tr("There is no patient number %1 in this journal.").arg(patientId)};
        Result<QSqlQuery> inserted = scope.run(
            u"INSERT INTO next_of_kin (patient_id, name, relation, phone, consent_to_share, consent_recorded_at) "
            "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
            {patientId, person.name.simplified(), person.relation.simplified(), text(person.phone),
             person.consentToShare ? 1 : 0, consentAt});
        if (!inserted)
            return Error{inserted.error()};
        if (!inserted->next())
            return Error{tr("The journal did not return the new next of kin's number.")};
        return inserted->value(0).toLongLong();
    });
}

Result<Patient> PatientStore::get(qint64 patientId) const
{
    return Gate::read(m_journal, Data::Patient, PatientRef::patient(patientId), u"patient details"_s,
                       [&](Scope &scope) -> Result<Patient> {
        Result<QSqlQuery> row = scope.run(
            u"SELECT id, national_id, id_kind, birth_date, given_names, family_name, phone, email, address, "
            "gp_name, gp_practice, created_at FROM patient WHERE id = ?"_s,
            {patientId});
        if (!row)
            return Error{row.error()};
        if (!row->next())
            return Error{tr("There is no patient number %1 in this journal.").arg(patientId)};
        Patient patient;
        patient.id = row->value(0).toLongLong();
        patient.nationalId = row->value(1).toString();
        patient.idKind = NationalId::kindFromCode(row->value(2).toString());
        patient.birthDate = clinictime::dateFromStorage(row->value(3).toString());
        patient.givenNames = row->value(4).toString();
        patient.familyName = row->value(5).toString();
        patient.phone = row->value(6).toString();
        patient.email = row->value(7).toString();
        patient.address = row->value(8).toString();
        patient.gpName = row->value(9).toString();
        patient.gpPractice = row->value(10).toString();
        patient.createdAt = clinictime::fromStorage(row->value(11).toLongLong());

        Result<QSqlQuery> kin = scope.run(
            u"SELECT id, name, relation, phone, consent_to_share, consent_recorded_at FROM next_of_kin "
            "WHERE patient_id = ? ORDER BY id"_s,
            {patientId});
        if (!kin)
            return Error{kin.error()};
        while (kin->next()) {
            NextOfKin person;
            person.id = kin->value(0).toLongLong();
            person.name = kin->value(1).toString();
            person.relation = journalwords::relation(kin->value(2).toString());
            person.phone = kin->value(3).toString();
            person.consentToShare = kin->value(4).toInt() != 0;
            if (!kin->value(5).isNull())
                person.consentRecordedAt = clinictime::fromStorage(kin->value(5).toLongLong());
            patient.nextOfKin.append(person);
        }
        return patient;
    });
}

Result<std::optional<qint64>> PatientStore::findByNationalId(const QString &nationalId) const
{
    QString digits = nationalId;
    digits.remove(u' ');
    return Gate::read(m_journal, Data::Patient, PatientRef::none(), u"looked up a national id"_s,
                       [&](Scope &scope) -> Result<std::optional<qint64>> {
        Result<QSqlQuery> row = scope.run(u"SELECT id FROM patient WHERE national_id = ?"_s, {digits});
        if (!row)
            return Error{row.error()};
        if (!row->next())
            return std::optional<qint64>();
        scope.touched(row->value(0).toLongLong());
        return std::optional<qint64>(row->value(0).toLongLong());
    });
}

Result<qint64> PatientStore::count() const
{
    return Gate::read(m_journal, Data::Patient, PatientRef::none(), u"counted patients"_s,
                       [&](Scope &scope) -> Result<qint64> {
        Result<QSqlQuery> row = scope.run(u"SELECT COUNT(*) FROM patient"_s);
        if (!row)
            return Error{row.error()};
        return row->next() ? row->value(0).toLongLong() : 0;
    });
}

Result<PatientStore::SearchPage> PatientStore::searchPage(const QString &text, int limit, int offset, QSet<qint64> *seen) const
{
    QStringList nameWords;
    QStringList idPrefixes;
    const QStringList words = searchterms::wordsOf(text);
    for (const QString &word : words) {
        if (searchterms::isDigits(word))
            idPrefixes.append(word);
        else
            nameWords.append(word);
    }
    SearchPage page;
    page.nextOffset = offset;
    if (nameWords.isEmpty() && idPrefixes.isEmpty())
        return page;

    // The longest id prefix narrows the most; more than one id in a query matches nothing.
    QString idPrefix;
    for (const QString &prefix : std::as_const(idPrefixes)) {
        if (prefix.size() > idPrefix.size())
            idPrefix = prefix;
    }
    QVariantList bindings;
    QString sql;
    if (nameWords.isEmpty()) {
        sql = u"SELECT "_s + summaryColumns + u" FROM patient p WHERE p.national_id >= ? AND p.national_id < ? "
              "ORDER BY p.national_id LIMIT ? OFFSET ?"_s;
        bindings << idPrefix << searchterms::prefixUpperBound(idPrefix);
    } else {
        // Drive the query from the longest word: it has the fewest matches. Its
        // matching words are walked in index order (an exact word sorts before
        // its longer forms, a family name before given names, then by name) and the walk stops at the page's end;
        // each patient is shown once, at the first of their words that matches.
        std::stable_sort(nameWords.begin(), nameWords.end(),
                         [](const QString &a, const QString &b) { return a.size() > b.size(); });
        const QString &lead = nameWords.first();
        const QString leadEnd = searchterms::prefixUpperBound(lead);
        sql = u"SELECT "_s + summaryColumns
            + u" FROM patient_term t0 JOIN patient p ON p.id = t0.patient_id WHERE t0.term >= ? AND t0.term < ?"_s;
        bindings << lead << leadEnd;
        for (qsizetype i = 1; i < nameWords.size(); ++i) {
            sql += u" AND EXISTS (SELECT 1 FROM patient_term tn WHERE tn.patient_id = p.id "
                   "AND tn.term >= ? AND tn.term < ?)"_s;
            bindings << nameWords.at(i) << searchterms::prefixUpperBound(nameWords.at(i));
        }
        if (!idPrefix.isEmpty()) {
            sql += u" AND p.national_id >= ? AND p.national_id < ?"_s;
            bindings << idPrefix << searchterms::prefixUpperBound(idPrefix);
        }
        sql += u" ORDER BY t0.term, t0.field, t0.sort_key, t0.patient_id LIMIT ? OFFSET ?"_s;
    }
    bindings << limit << offset;

    return Gate::read(m_journal, Data::Patient, PatientRef::none(), u"searched the patient register"_s,
                       [&](Scope &scope) -> Result<PatientStore::SearchPage> {
        Result<QSqlQuery> rows = scope.run(sql, bindings);
        if (!rows)
            return Error{rows.error()};
        QSet<qint64> seenHere;
        QSet<qint64> &shown = seen ? *seen : seenHere;
        int read = 0;
        while (rows->next()) {
            ++read;
            const qint64 id = rows->value(0).toLongLong();
            if (!shown.contains(id)) {
                shown.insert(id);
                page.patients.append(summaryFrom(*rows));
            }
        }
        page.nextOffset = offset + read;
        page.mayHaveMore = read == limit;
        return page;
    });
}

Result<QList<PatientSummary>> PatientStore::search(const QString &text, int limit) const
{
    QList<PatientSummary> found;
    QSet<qint64> seen;
    for (int offset = 0;;) {
        Result<SearchPage> page = searchPage(text, limit, offset, &seen);
        if (!page)
            return Error{page.error()};
        for (const PatientSummary &patient : std::as_const(page->patients)) {
            if (found.size() < limit)
                found.append(patient);
        }
        if (found.size() >= limit || !page->mayHaveMore)
            return found;
        offset = page->nextOffset;
    }
}

} // namespace trinn
