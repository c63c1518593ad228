package dk.radhus.meetings.service;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dk.radhus.meetings.AgendaDraft;
import dk.radhus.meetings.AgendaItem;
import dk.radhus.meetings.Committee;
import dk.radhus.meetings.ItemProposal;
import dk.radhus.meetings.Meeting;
import dk.radhus.meetings.MeetingState;
import dk.radhus.platform.audit.Audit;
import dk.radhus.platform.events.CommitteeKind;
import dk.radhus.platform.events.ObjectReference;

/**
 * Puts drafted items on agendas, one item per source aggregate: on the committee's next planned meeting, or pending
 * until one is planned. While that meeting is planned a new draft rewrites the item; once its agenda is published a
 * draft becomes a proposal the secretary accepts or rejects. Callers hold the committee lock ({@link
 * Committee#findForUpdate}, {@link Committee#directoratesForUpdate}) before calling, so pending drafts and newly
 * planned meetings cannot miss each other.
 */
@ApplicationScoped
public class AgendaDrafts {

    /** Meeting times are local Danish wall-clock times. */
    static final ZoneId LOCAL_TIME = ZoneId.of("Europe/Copenhagen");

    private static final Logger LOG = Logger.getLogger(AgendaDrafts.class);

    private final Audit audit;

    public AgendaDrafts(Audit audit) {
        this.audit = audit;
    }

    /**
     * Drafts the item of one source for one committee: a new item on the next planned meeting (or pending), a
     * rewrite while that meeting is planned, a proposal once its agenda is published. An event older than the one
     * the draft came from changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void draftForCommittee(ObjectReference.Kind sourceKind, String sourceId, Committee committee,
            Instant occurredAt, String actor, DraftContent content) {
        Optional<AgendaDraft> existing = AgendaDraft.findForUpdate(sourceKind, sourceId);
        if (existing.isPresent() && existing.get().sourceOccurredAt != null
                && occurredAt.isBefore(existing.get().sourceOccurredAt)) {
            LOG.infof("Ignoring %s %s from %s: the draft is from a newer event", sourceKind, sourceId, occurredAt);
            return;
        }
        AgendaDraft draft = existing.orElseGet(() -> newDraft(sourceKind, sourceId, committee.code, actor));
        draft.sourceOccurredAt = occurredAt;
        content.writeTo(draft);
        draft.persist();
        Optional<AgendaItem> item = landedItem(draft);
        if (item.isEmpty()) {
            place(draft, List.of(committee.code));
            return;
        }
        Meeting meeting = Meeting.findForUpdate(draft.meetingId).orElseThrow();
        if (meeting.state == MeetingState.PLANNED) {
            redraft(draft, item.get(), content);
        } else {
            propose(item.get(), content, actor);
        }
    }

    /**
     * Drafts the directorate's item of one source: rewritten while its meeting is planned; after that meeting's
     * agenda is published a changed content goes onto the next planned directorate meeting as a new item. Empty
     * content (nothing to report) removes the item from an unpublished agenda and forgets a pending draft.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void draftForDirectorate(ObjectReference.Kind sourceKind, String sourceId, String actor,
            Optional<DraftContent> content) {
        List<String> directorates = Committee.directoratesForUpdate().stream().map(c -> c.code).toList();
        Optional<AgendaDraft> existing = AgendaDraft.findForUpdate(sourceKind, sourceId);
        Optional<AgendaItem> item = existing.flatMap(AgendaDrafts::landedItem);
        boolean open = item.isPresent()
                && Meeting.findForUpdate(existing.get().meetingId).orElseThrow().state == MeetingState.PLANNED;
        if (content.isEmpty()) {
            existing.ifPresent(draft -> forget(draft, open ? item : Optional.empty()));
            return;
        }
        AgendaDraft draft = existing.orElseGet(() -> newDraft(sourceKind, sourceId, null, actor));
        content.get().writeTo(draft);
        draft.persist();
        if (open) {
            redraft(draft, item.get(), content.get());
        } else if (item.isEmpty() || !content.get().changes(item.get()).isEmpty()) {
            place(draft, directorates);
        }
    }

    /** Lands the pending drafts for the meeting's committee (and the directorate's, if it is one) on the meeting. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void landPending(Meeting meeting, Committee committee) {
        if (!meeting.plannedAfter(LocalDateTime.now(LOCAL_TIME))) {
            return;
        }
        for (AgendaDraft draft : AgendaDraft.pendingForUpdate(committee.code,
                committee.kind == CommitteeKind.DIRECTORATE)) {
            land(draft, meeting);
        }
    }

    /** Hands the drafted items of a cancelled meeting, as the secretary left them, on to the next planned meeting. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void meetingCancelled(Meeting meeting) {
        for (AgendaDraft draft : AgendaDraft.onMeetingForUpdate(meeting.id)) {
            landedItem(draft).ifPresent(item -> DraftContent.of(item).writeTo(draft));
            List<String> committees = draft.committeeCode == null
                    ? Committee.directoratesForUpdate().stream().map(c -> c.code).toList()
                    : List.of(draft.committeeCode);
            place(draft, committees);
        }
    }

    private static AgendaDraft newDraft(ObjectReference.Kind sourceKind, String sourceId, String committeeCode,
            String actor) {
        AgendaDraft draft = new AgendaDraft();
        draft.id = UUID.randomUUID();
        draft.sourceKind = sourceKind;
        draft.sourceId = sourceId;
        draft.committeeCode = committeeCode;
        draft.actor = actor;
        draft.createdAt = Instant.now();
        draft.updatedAt = draft.createdAt;
        return draft;
    }

    private static Optional<AgendaItem> landedItem(AgendaDraft draft) {
        return draft.itemId == null ? Optional.empty() : AgendaItem.findByIdOptional(draft.itemId);
    }

    /** Onto the earliest planned meeting of the committees, or pending until one is planned. */
    private void place(AgendaDraft draft, List<String> committees) {
        Optional<Meeting> next = Meeting.nextPlanned(committees, LocalDateTime.now(LOCAL_TIME));
        if (next.isPresent()) {
            land(draft, next.get());
            return;
        }
        draft.meetingId = null;
        draft.itemId = null;
        draft.updatedAt = Instant.now();
        audit.record("draft.pending", "AgendaDraft", draft.id, null, AuditValues.draft(draft));
    }

    private void land(AgendaDraft draft, Meeting meeting) {
        AgendaItem item = new AgendaItem();
        item.id = UUID.randomUUID();
        item.meetingId = meeting.id;
        item.number = AgendaItem.nextNumber(meeting.id);
        item.createdAt = Instant.now();
        item.updatedAt = item.createdAt;
        DraftContent.of(draft).fill(item);
        item.refreshSearchText(false);
        item.persist();
        draft.meetingId = meeting.id;
        draft.itemId = item.id;
        draft.updatedAt = item.createdAt;
        audit.record("item.drafted", "AgendaItem", item.id, null, AuditValues.item(item));
    }

    private void redraft(AgendaDraft draft, AgendaItem item, DraftContent content) {
        List<String> changes = content.changes(item);
        draft.updatedAt = Instant.now();
        if (changes.isEmpty()) {
            return;
        }
        Map<String, Object> before = AuditValues.item(item);
        content.mergeInto(item);
        item.refreshSearchText(false);
        item.updatedAt = draft.updatedAt;
        audit.record("item.redrafted", "AgendaItem", item.id, before, AuditValues.item(item));
    }

    /** A newer proposal supersedes a pending one; a content that changes nothing proposes nothing. */
    private void propose(AgendaItem item, DraftContent content, String actor) {
        Instant now = Instant.now();
        for (ItemProposal pending : ItemProposal.pendingForUpdate(item.id)) {
            pending.status = ItemProposal.Status.SUPERSEDED;
            pending.decidedAt = now;
            pending.decidedBy = actor;
        }
        ItemProposal.flush();
        List<String> changes = content.changes(item);
        if (changes.isEmpty()) {
            return;
        }
        ItemProposal proposal = new ItemProposal();
        proposal.id = UUID.randomUUID();
        proposal.itemId = item.id;
        proposal.status = ItemProposal.Status.PENDING;
        proposal.changes = String.join(", ", changes);
        proposal.proposedAt = now;
        proposal.proposedBy = actor;
        content.writeTo(proposal);
        proposal.persist();
        audit.record("item.proposal", "AgendaItem", item.id, null, Audit.values("proposalId", proposal.id,
                "changes", proposal.changes, "title", proposal.title, "proposedBy", actor));
    }

    private void forget(AgendaDraft draft, Optional<AgendaItem> unpublishedItem) {
        unpublishedItem.ifPresent(item -> {
            audit.record("item.removed", "AgendaItem", item.id, AuditValues.item(item), null);
            item.delete();
        });
        audit.record("draft.forgotten", "AgendaDraft", draft.id, AuditValues.draft(draft), null);
        draft.delete();
    }
}
