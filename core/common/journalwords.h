#pragma once

#include <QString>

namespace trinn::journalwords {

// Words that Trinn itself writes into a journal (the built-in programs' and
// phases' names, the demo's relations and drugs) are stored in the language
// the journal was made in, often English from trinnctl. They are shown in the
// reader's language when the stored word is one Trinn wrote; a word staff
// typed themselves is shown as typed.

/// A program's or a phase's name.
QString program(const QString &stored);
/// Why a patient would not give a sample ("Would not give a sample").
QString refusal(const QString &stored);
/// A next of kin's relation to the patient ("mother").
QString relation(const QString &stored);
/// A group's or a site's name from the demo ("Dynamic group A").
QString group(const QString &stored);
/// An active substance ("methadone").
QString drug(const QString &stored);

} // namespace trinn::journalwords
