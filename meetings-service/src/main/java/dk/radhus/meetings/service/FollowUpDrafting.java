package dk.radhus.meetings.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.meetings.Committee;
import dk.radhus.platform.events.EventEnvelope;
import dk.radhus.platform.events.FollowUpSubmitted;
import dk.radhus.platform.events.ObjectReference;
import dk.radhus.platform.inbox.PoisonMessageException;

/**
 * Drafts the agenda item for a submitted budget follow-up on its committee's next planned meeting. A re-submission
 * of the same follow-up redrafts that item (or proposes the change once the agenda is published); a follow-up for a
 * committee meetings-service does not know is a poison message.
 */
@ApplicationScoped
public class FollowUpDrafting {

    static final String ACTOR = "system:budget-service";

    private final AgendaDrafts drafts;

    public FollowUpDrafting(AgendaDrafts drafts) {
        this.drafts = drafts;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope envelope, FollowUpSubmitted followUp) {
        Committee committee = Committee.findForUpdate(followUp.committeeCode())
                .orElseThrow(() -> new PoisonMessageException("Follow-up " + followUp.followUpId()
                        + " is for unknown committee " + followUp.committeeCode()));
        drafts.draftForCommittee(ObjectReference.Kind.BUDGET_FOLLOW_UP, followUp.followUpId().toString(), committee,
                EventTimes.occurredAt(envelope), ACTOR, FollowUpAgendaText.content(followUp, committee.name));
    }
}
