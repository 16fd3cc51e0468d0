#include "coercionbasis.h"

using namespace Qt::StringLiterals;

namespace trinn {

const QList<CoercionBasis> &CoercionBasis::all()
{
    // § 10-2: the county board may decide retention for up to 3 months.
    // § 10-3: a pregnant patient may be retained for the whole pregnancy
    //         (at most 9 months from the decision), decided by the county board.
    // § 10-4: on the patient's own written consent the institution may retain
    //         them for up to 3 weeks (from intake, or from a breach).
    static const QList<CoercionBasis> bases{
        {u"hol-10-2"_s, u"§ 10-2"_s, u"county-board"_s, 3, 0},
        {u"hol-10-3"_s, u"§ 10-3"_s, u"county-board"_s, 9, 0},
        {u"hol-10-4"_s, u"§ 10-4"_s, u"institution"_s, 0, 21},
    };
    return bases;
}

QString CoercionBasis::name() const
{
    if (code == u"hol-10-2")
        return tr("helse- og omsorgstjenesteloven § 10-2, retention without consent");
    if (code == u"hol-10-3")
        return tr("helse- og omsorgstjenesteloven § 10-3, retention during pregnancy");
    return tr("helse- og omsorgstjenesteloven § 10-4, retention on own consent");
}

QDate CoercionBasis::latestEnd(QDate decidedOn) const
{
    return maxMonths > 0 ? decidedOn.addMonths(maxMonths) : decidedOn.addDays(maxDays);
}

QString CoercionBasis::limitText() const
{
    if (code == u"hol-10-3")
        return tr("the rest of the pregnancy (at most %1 months)").arg(maxMonths);
    if (maxMonths > 0)
        return tr("at most %1 months").arg(maxMonths);
    return tr("at most %1 weeks").arg(maxDays / 7);
}

std::optional<CoercionBasis> CoercionBasis::of(const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (const CoercionBasis &b : all()) {
        if (t == b.code || t.endsWith(b.section.mid(2)) || t.endsWith(b.section.mid(2) + u'.'))
            return b;
    }
    return std::nullopt;
}

QString CoercionBasis::deciderOf(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"county-board" || t.contains(u"fylkesnemnd") || t.contains(u"county board") || t.contains(u"helsenemnd"))
        return u"county-board"_s;
    if (t == u"institution" || t.contains(u"institusjon") || t.contains(u"institution"))
        return u"institution"_s;
    if (t == u"municipality" || t.contains(u"kommune") || t.contains(u"municipality"))
        return u"municipality"_s;
    return {};
}

QString CoercionBasis::deciderName(const QString &code)
{
    if (code == u"county-board")
        return tr("the county board (fylkesnemnda)");
    if (code == u"institution")
        return tr("the institution, on the patient's own consent");
    if (code == u"municipality")
        return tr("the municipality");
    return code;
}

} // namespace trinn
