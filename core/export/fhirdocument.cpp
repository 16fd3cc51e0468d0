#include "fhirresources.h"

#include "journal/note.h"

using namespace Qt::StringLiterals;

namespace trinn::fhir {

QJsonObject documentReference(const Context &context, const SignedNote &note)
{
    QJsonObject r = resource(context, u"DocumentReference"_s, note.id);
    r.insert(u"status"_s, u"current"_s);
    // A signed note corrected since is the latest of its versions: amended.
    r.insert(u"docStatus"_s, note.version > 1 ? u"amended"_s : u"final"_s);
    r.insert(u"type"_s, codeable(NoteTypes::name(note.type)));
    r.insert(u"subject"_s, context.reference(u"Patient"_s, note.patientId));
    put(r, u"date"_s, dateTime(note.signedAt));
    r.insert(u"author"_s, QJsonArray{staffReference(context, note.author)});
    r.insert(u"authenticator"_s, staffReference(context, note.signer));
    QJsonObject attachment{{u"contentType"_s, u"text/plain; charset=utf-8"_s}, {u"title"_s, NoteTypes::name(note.type)}};
    put(attachment, u"data"_s, QString::fromLatin1(note.text.toUtf8().toBase64()));
    put(attachment, u"creation"_s, dateTime(note.writtenAt));
    r.insert(u"content"_s, QJsonArray{QJsonObject{{u"attachment"_s, attachment}}});
    return r;
}

} // namespace trinn::fhir
