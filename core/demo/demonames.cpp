#include "demonames.h"

using namespace Qt::StringLiterals;

namespace trinn::demonames {

const QStringList &femaleGivenNames()
{
    static const QStringList names{
        u"Anne"_s, u"Inger"_s, u"Kari"_s, u"Marit"_s, u"Ingrid"_s, u"Liv"_s, u"Eva"_s, u"Berit"_s,
        u"Astrid"_s, u"Bjørg"_s, u"Hilde"_s, u"Anna"_s, u"Solveig"_s, u"Marianne"_s, u"Randi"_s,
        u"Ida"_s, u"Nina"_s, u"Maria"_s, u"Elisabeth"_s, u"Kristin"_s, u"Tone"_s, u"Silje"_s,
        u"Ingeborg"_s, u"Camilla"_s, u"Hege"_s, u"Åse"_s, u"Sigrid"_s, u"Nora"_s, u"Emma"_s,
        u"Thea"_s, u"Ragnhild"_s, u"Grete"_s, u"Tove"_s, u"Wenche"_s, u"Line"_s, u"Mari"_s};
    return names;
}

const QStringList &maleGivenNames()
{
    static const QStringList names{
        u"Jan"_s, u"Per"_s, u"Bjørn"_s, u"Ole"_s, u"Lars"_s, u"Kjell"_s, u"Knut"_s, u"Arne"_s,
        u"Svein"_s, u"Thomas"_s, u"Hans"_s, u"Geir"_s, u"Tor"_s, u"Morten"_s, u"Terje"_s,
        u"Odd"_s, u"Erik"_s, u"Rune"_s, u"Martin"_s, u"Andreas"_s, u"Trond"_s, u"Jon"_s,
        u"Anders"_s, u"Espen"_s, u"Øyvind"_s, u"Frode"_s, u"Stian"_s, u"Håkon"_s, u"Magnus"_s,
        u"Sindre"_s, u"Eirik"_s, u"Gunnar"_s, u"Helge"_s, u"Vidar"_s, u"Ståle"_s, u"Jørgen"_s};
    return names;
}

const QStringList &familyNames()
{
    static const QStringList names{
        u"Hansen"_s, u"Johansen"_s, u"Olsen"_s, u"Larsen"_s, u"Andersen"_s, u"Pedersen"_s,
        u"Nilsen"_s, u"Kristiansen"_s, u"Jensen"_s, u"Karlsen"_s, u"Johnsen"_s, u"Pettersen"_s,
        u"Eriksen"_s, u"Berg"_s, u"Haugen"_s, u"Hagen"_s, u"Johannessen"_s, u"Andreassen"_s,
        u"Jacobsen"_s, u"Dahl"_s, u"Jørgensen"_s, u"Halvorsen"_s, u"Henriksen"_s, u"Lund"_s,
        u"Sørensen"_s, u"Jakobsen"_s, u"Moen"_s, u"Gundersen"_s, u"Iversen"_s, u"Strand"_s,
        u"Solberg"_s, u"Svendsen"_s, u"Eide"_s, u"Knutsen"_s, u"Martinsen"_s, u"Paulsen"_s,
        u"Bakken"_s, u"Kristoffersen"_s, u"Mathisen"_s, u"Lie"_s, u"Amundsen"_s, u"Nguyen"_s,
        u"Rasmussen"_s, u"Ali"_s, u"Lunde"_s, u"Solheim"_s, u"Berge"_s, u"Moe"_s, u"Nygård"_s,
        u"Bakke"_s, u"Kristensen"_s, u"Fredriksen"_s, u"Holm"_s, u"Lien"_s, u"Hauge"_s,
        u"Christensen"_s, u"Andresen"_s, u"Nielsen"_s, u"Knudsen"_s, u"Evensen"_s, u"Sæther"_s,
        u"Aas"_s, u"Myhre"_s, u"Hanssen"_s, u"Ahmed"_s, u"Haugland"_s, u"Thomassen"_s,
        u"Sivertsen"_s, u"Simonsen"_s, u"Danielsen"_s, u"Berntsen"_s, u"Sandvik"_s, u"Rønning"_s,
        u"Arnesen"_s, u"Antonsen"_s, u"Næss"_s, u"Vik"_s, u"Haug"_s, u"Ellingsen"_s, u"Thorsen"_s,
        u"Edvardsen"_s, u"Birkeland"_s, u"Isaksen"_s, u"Gulbrandsen"_s, u"Ruud"_s, u"Aasen"_s,
        u"Strøm"_s, u"Myklebust"_s, u"Tangen"_s, u"Ødegård"_s, u"Eliassen"_s, u"Helland"_s,
        u"Bøe"_s, u"Jenssen"_s, u"Aune"_s, u"Mikkelsen"_s, u"Tveit"_s, u"Brekke"_s, u"Abrahamsen"_s,
        u"Madsen"_s};
    return names;
}

const QStringList &streets()
{
    static const QStringList names{
        u"Storgata"_s, u"Kirkeveien"_s, u"Skolegata"_s, u"Parkveien"_s, u"Industrivegen"_s,
        u"Strandgata"_s, u"Bakkeveien"_s, u"Solbakken"_s, u"Granveien"_s, u"Bjørkeveien"_s,
        u"Fjordgata"_s, u"Stasjonsveien"_s, u"Elvegata"_s, u"Kongens gate"_s, u"Torggata"_s};
    return names;
}

const QStringList &towns()
{
    static const QStringList names{
        u"Eikvik"_s, u"Stavnes"_s, u"Lundby"_s, u"Nordøy"_s, u"Bråten"_s, u"Fjellstad"_s,
        u"Sandvollan"_s, u"Mosby"_s, u"Øvrebø"_s, u"Holtan"_s};
    return names;
}

const QStringList &gpPractices()
{
    static const QStringList names{
        u"Torget legesenter"_s, u"Fjordparken legekontor"_s, u"Sentrum legesenter"_s,
        u"Bydel Øst legegruppe"_s, u"Stasjonen legekontor"_s, u"Elvebredden legesenter"_s};
    return names;
}

} // namespace trinn::demonames
