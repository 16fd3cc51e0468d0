#include "medicationidentity.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace trinn {

const QList<MedicationIdentity> &knownMedications()
{
    // ATC codes from the WHO index; names as prescriptions in Norway write them.
    static const QList<MedicationIdentity> table{
        {u"buprenorphine"_s, u"N07BC01"_s, {u"buprenorfin"_s, u"subutex"_s, u"buvidal"_s, u"sixmo"_s}, {u"bup"_s}},
        {u"buprenorphine and naloxone"_s, u"N07BC51"_s, {u"suboxone"_s, u"buprenorfin/nalokson"_s}, {u"bup"_s}},
        {u"methadone"_s, u"N07BC02"_s, {u"metadon"_s, u"methadon"_s}, {u"mtd"_s}},
        {u"levomethadone"_s, u"N07BC05"_s, {u"levometadon"_s}, {u"mtd"_s}},
        {u"lisdexamfetamine"_s, u"N06BA12"_s, {u"lisdeksamfetamin"_s, u"elvanse"_s}, {u"amp"_s}},
        {u"dexamfetamine"_s, u"N06BA02"_s, {u"deksamfetamin"_s, u"attentin"_s}, {u"amp"_s}},
        {u"amfetamine"_s, u"N06BA01"_s, {u"amfetamin"_s, u"amphetamine"_s}, {u"amp"_s}},
        {u"methylphenidate"_s, u"N06BA04"_s, {u"metylfenidat"_s, u"ritalin"_s, u"concerta"_s, u"medikinet"_s}, {}},
        {u"morphine"_s, u"N02AA01"_s, {u"morfin"_s, u"dolcontin"_s, u"malfin"_s}, {u"opi"_s}},
        {u"codeine and paracetamol"_s, u"N02AJ06"_s, {u"paralgin forte"_s, u"pinex forte"_s}, {u"opi"_s}},
        {u"fentanyl"_s, u"N02AB03"_s, {u"durogesic"_s, u"instanyl"_s}, {u"fen"_s}},
        {u"diazepam"_s, u"N05BA01"_s, {u"valium"_s, u"stesolid"_s, u"vival"_s}, {u"bzd"_s}},
        {u"oxazepam"_s, u"N05BA04"_s, {u"sobril"_s}, {u"bzd"_s}},
        {u"clonazepam"_s, u"N03AE01"_s, {u"klonazepam"_s, u"rivotril"_s}, {u"bzd"_s}},
        {u"sodium oxybate"_s, u"N07XX04"_s, {u"natriumoksybat"_s, u"xyrem"_s}, {u"ghb"_s}},
        {u"disulfiram"_s, u"N07BB01"_s, {u"antabus"_s}, {}},
        {u"naltrexone"_s, u"N07BB04"_s, {u"naltrekson"_s}, {}},
        {u"acamprosate"_s, u"N07BB03"_s, {u"akamprosat"_s, u"campral"_s}, {}},
    };
    return table;
}

std::optional<MedicationIdentity> medicationIdentityOf(const QString &name)
{
    // The name without a dose or form after it: "Subutex 8 mg sublingual" → "subutex".
    QString wanted = name.trimmed().toLower();
    static const QRegularExpression dose(u"\\s+\\d.*$"_s);
    wanted.remove(dose);
    wanted = wanted.simplified();
    if (wanted.isEmpty())
        return std::nullopt;
    const auto named = [](const QString &word) -> std::optional<MedicationIdentity> {
        for (const MedicationIdentity &m : knownMedications()) {
            if (word == m.substance || word == m.atc.toLower() || m.names.contains(word))
                return m;
        }
        return std::nullopt;
    };
    if (auto whole = named(wanted))
        return whole;
    // A form written after the name: "Metadon mikstur", "Suboxone sublingualtablett".
    return named(wanted.section(u' ', 0, 0));
}

} // namespace trinn
