package dk.radhus.meetings.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dk.radhus.meetings.InitiativeLight;
import dk.radhus.platform.events.EventEnvelope;
import dk.radhus.platform.events.InitiativeStatusChanged;
import dk.radhus.platform.events.ObjectReference;

/**
 * Keeps the initiatives' current traffic lights and drafts, per growth policy, one directorate item listing the
 * initiatives in red. A status older (by as-of date, then event time) than the one held changes nothing.
 */
@ApplicationScoped
public class ActionPlanDrafting {

    static final String ACTOR = "system:strategy-service";

    private static final Logger LOG = Logger.getLogger(ActionPlanDrafting.class);

    private final AgendaDrafts drafts;

    public ActionPlanDrafting(AgendaDrafts drafts) {
        this.drafts = drafts;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope envelope, InitiativeStatusChanged status) {
        Instant changedAt = EventTimes.occurredAt(envelope);
        InitiativeLight initiative = InitiativeLight.findById(status.initiativeId());
        if (initiative != null && !initiative.olderThan(status.asOf(), changedAt)) {
            LOG.infof("Ignoring status of initiative %s as of %s: a newer one (as of %s) is held",
                    status.initiativeId(), status.asOf(), initiative.asOf);
            return;
        }
        UUID previousPolicy = initiative == null ? null : initiative.policyId;
        if (initiative == null) {
            initiative = new InitiativeLight();
            initiative.initiativeId = status.initiativeId();
        }
        initiative.reference = status.reference();
        initiative.title = status.title();
        initiative.policyId = status.policyId();
        initiative.policyTitle = status.policyTitle();
        initiative.focusAreaTitle = status.focusAreaTitle();
        initiative.departmentCode = status.departmentCode();
        initiative.light = status.toLight();
        initiative.narrative = status.narrative();
        initiative.asOf = status.asOf();
        initiative.changedAt = changedAt;
        initiative.persist();
        redraft(status.policyId());
        if (previousPolicy != null && !previousPolicy.equals(status.policyId())) {
            redraft(previousPolicy);
        }
    }

    private void redraft(UUID policyId) {
        List<InitiativeLight> red = InitiativeLight.redOfPolicy(policyId);
        drafts.draftForDirectorate(ObjectReference.Kind.ACTION_PLAN, policyId.toString(), ACTOR,
                red.isEmpty() ? Optional.empty() : Optional.of(ActionPlanAgendaText.content(policyId, red)));
    }
}
