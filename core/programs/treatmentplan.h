#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace trinn {

/// A treatment plan covers several life areas at once, each with goals,
/// measures and a review date.
struct TreatmentPlan
{
    struct Area
    {
        QString code;
        QString goals;
        QString measures;
        QDate reviewDate;
    };

    qint64 id = 0;
    qint64 episodeId = 0;
    QDate reviewDate;
    QList<Area> areas;
};

class LifeAreas
{
    Q_DECLARE_TR_FUNCTIONS(LifeAreas)
public:
    /// The life areas of the specialist pathway, in the order the plan shows them.
    static QStringList codes();
    static QString name(const QString &code);

    /// A plan can be saved when it has a review date and every area with goals
    /// also has measures ("Mental health has goals but no measures").
    static Decision validate(const TreatmentPlan &plan);
};

/// One of the twelve steps: when it was started and completed, and who confirmed it.
struct StepProgress
{
    int step = 0;
    QDate startedOn;
    QDate completedOn;
    QString confirmedBy;
    QString note;
};

class StepRules
{
    Q_DECLARE_TR_FUNCTIONS(StepRules)
public:
    /// Steps run 1 to 12; a step is completed after it is started, by
    /// someone who confirms it, and not before the step before it.
    static Decision canRecord(const StepProgress &step, const QList<StepProgress> &recorded);
};

} // namespace trinn
