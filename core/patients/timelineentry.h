#pragma once

#include <QDateTime>
#include <QString>

namespace trinn {

/// One dated event in a patient's journal timeline.
struct TimelineEntry
{
    enum class Kind { Registration, NextOfKin, Phase, Note, Test, Group };

    QDateTime when;
    Kind kind = Kind::Registration;
    QString title;
    QString detail;
};

} // namespace trinn
