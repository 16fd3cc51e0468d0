#pragma once

#include "programs/episode.h"
#include "programs/programtemplate.h"

#include <QDate>
#include <QStringList>

namespace trinn {

/// Plans the phases of a new episode from its program template.
class PhasePlanner
{
public:
    /// The template's phases one after the other from `start`, each its
    /// default length; optional phases only when their code is listed.
    static QList<Phase> plan(const ProgramTemplate &program, QDate start, const QStringList &optionalPhases = {});

    /// Phase 2's six gatherings of three days, spread over the first year
    /// after discharge, each starting on a Monday.
    static QList<Phase> gatherings(QDate discharge, int firstPosition, const QString &soberLivingTheme,
                                   const QString &wholeProgramTheme, const QString &nameFormat);

    struct FollowUp
    {
        QString kind; // "phone" or "letter"
        QDate plannedOn;
    };
    /// A phone call two weeks after each gathering and a letter four weeks
    /// after; with `discharge`, also a call two weeks after discharge when
    /// that comes before the first gathering (the first weeks at home).
    static QList<FollowUp> followUps(const QList<Phase> &gatherings, QDate lastDay, QDate discharge = {});
};

} // namespace trinn
