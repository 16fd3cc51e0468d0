#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace trinn {

class Journal;

/// A readable account of one episode: its phases as planned and lived, the
/// follow-ups, the criteria assessment, day-treatment days, medication,
/// coercion, relatives, the treatment plan and 12-step progress.
class EpisodeReport
{
    Q_DECLARE_TR_FUNCTIONS(EpisodeReport)
public:
    static Result<QStringList> build(Journal &journal, qint64 episodeId, QDate today);
};

} // namespace trinn
