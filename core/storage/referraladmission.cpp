#include "referraladmission.h"

#include "access/gate.h"
#include "common/clinictime.h"
#include "storage/episodestore.h"
#include "storage/intakestore.h"
#include "storage/journal.h"
#include "storage/patientstore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace trinn {

Result<ReferralAdmission::Admitted> ReferralAdmission::admit(const Request &request)
{
    if (!request.admittedOn.isValid())
        return Error{tr("Give the day of admission.")};
    // The referral's door first: the uses cases called inside are nested visits
    // of this one (one transaction, one audit record, each checking its own data).
    return Gate::write(m_journal, AccessPolicy::Data::Referrals, PatientRef::referral(request.referralId),
                       u"registered and admitted a referred person"_s, [&](Scope &scope) -> Result<Admitted> {
        Journal &journal = scope.journal();
        Result<Referral> referral = ReferralStore(journal).referral(request.referralId);
        if (!referral)
            return Error{referral.error()};
        // The referral's own rule before anything is registered: the person
        // of a rejected or unassessed referral is not made a patient.
        if (Decision decision = ReferralRules::canAdmit(*referral, std::max<qint64>(referral->patientId, 1)); !decision)
            return Error{decision.reason};
        Admitted admitted;
        admitted.patientId = referral->patientId;
        if (admitted.patientId == 0) {
            NewPatient person = request.person;
            if (person.nationalId.trimmed().isEmpty())
                person.nationalId = referral->nationalId;
            Result<qint64> added = PatientStore(journal).add(person);
            if (!added)
                return Error{added.error()};
            admitted.patientId = *added;
        }
        EpisodeStore episodes(journal);
        EpisodeStore::Enrolment enrolment;
        enrolment.patientId = admitted.patientId;
        enrolment.program = referral->requestedService;
        enrolment.start = request.admittedOn;
        enrolment.optionalPhases = request.optionalPhases;
        enrolment.assessment = request.assessment;
        Result<qint64> episodeId = episodes.enrol(enrolment);
        if (!episodeId)
            return Error{episodeId.error()};
        admitted.episodeId = *episodeId;
        // Admitted means in treatment: the first phase starts on the day, once it has come.
        if (request.admittedOn <= clinictime::today()) {
            Result<Episode> episode = episodes.episode(*episodeId);
            if (!episode)
                return Error{episode.error()};
            if (!episode->phases.isEmpty()) {
                const Phase first = *std::min_element(episode->phases.begin(), episode->phases.end(),
                                                      [](const Phase &a, const Phase &b) { return a.position < b.position; });
                if (Status started = episodes.startPhase(first.id, request.admittedOn); !started)
                    return Error{started.error()};
            }
        }
        if (Status done = ReferralStore(journal).admit(request.referralId, admitted.patientId); !done)
            return Error{done.error()};
        scope.touched(admitted.patientId);
        return admitted;
    });
}

} // namespace trinn
