#include "programtemplate.h"

namespace trinn {

const PhaseTemplate *ProgramTemplate::phase(const QString &phaseCode) const
{
    for (const PhaseTemplate &p : phases) {
        if (p.code == phaseCode)
            return &p;
    }
    return nullptr;
}

} // namespace trinn
