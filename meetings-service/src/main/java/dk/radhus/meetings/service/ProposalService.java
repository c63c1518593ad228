package dk.radhus.meetings.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.meetings.AgendaItem;
import dk.radhus.meetings.ItemAmendment;
import dk.radhus.meetings.ItemProposal;
import dk.radhus.meetings.Meeting;
import dk.radhus.platform.audit.Audit;
import dk.radhus.platform.problem.ProblemException;
import dk.radhus.platform.security.Caller;

/**
 * The secretary's answer to a drafted change of a published item: accepting applies it as an amendment with the
 * given reason (in the item's history); rejecting leaves the item as it is. Once the minutes are approved, or the
 * meeting is cancelled, a proposal can only be rejected.
 */
@ApplicationScoped
public class ProposalService {

    private final Audit audit;
    private final Caller caller;

    public ProposalService(Audit audit, Caller caller) {
        this.audit = audit;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ItemProposal> proposals(UUID meetingId, UUID itemId) {
        return ItemProposal.listForItem(requireItem(meetingId, itemId).id);
    }

    @Transactional
    public AgendaItem accept(UUID meetingId, UUID itemId, UUID proposalId, String reason) {
        Meeting meeting = MeetingService.requireForUpdate(meetingId);
        AgendaItem item = requireItem(meetingId, itemId);
        ItemProposal proposal = requirePending(itemId, proposalId);
        if (meeting.state.closedForChanges()) {
            throw ProblemException.conflict("Mødet har status " + meeting.state + "; forslaget kan kun afvises.");
        }
        DraftContent content = DraftContent.of(proposal, item);
        List<String> changes = content.changes(item);
        if (!changes.isEmpty()) {
            Map<String, Object> before = AuditValues.item(item);
            content.mergeInto(item);
            item.refreshSearchText(false);
            item.updatedAt = Instant.now();
            ItemAmendment.record(item.id, reason, String.join(", ", changes), caller.name());
            audit.record("item.updated", "AgendaItem", item.id, before, AuditValues.item(item));
        }
        decide(proposal, ItemProposal.Status.ACCEPTED, reason);
        return item;
    }

    @Transactional
    public ItemProposal reject(UUID meetingId, UUID itemId, UUID proposalId, String reason) {
        MeetingService.requireForUpdate(meetingId);
        requireItem(meetingId, itemId);
        ItemProposal proposal = requirePending(itemId, proposalId);
        decide(proposal, ItemProposal.Status.REJECTED, reason);
        return proposal;
    }

    private void decide(ItemProposal proposal, ItemProposal.Status status, String reason) {
        Map<String, Object> before = Audit.values("status", proposal.status);
        proposal.status = status;
        proposal.decidedAt = Instant.now();
        proposal.decidedBy = caller.name();
        proposal.decisionReason = reason.strip();
        audit.record("proposal." + status.name().toLowerCase(), "ItemProposal", proposal.id, before,
                Audit.values("status", status, "itemId", proposal.itemId, "changes", proposal.changes,
                        "reason", proposal.decisionReason));
    }

    private static AgendaItem requireItem(UUID meetingId, UUID itemId) {
        return AgendaItem.findInMeeting(meetingId, itemId)
                .orElseThrow(() -> ProblemException.notFound("Punktet findes ikke."));
    }

    private static ItemProposal requirePending(UUID itemId, UUID proposalId) {
        ItemProposal proposal = ItemProposal.findForUpdate(itemId, proposalId)
                .orElseThrow(() -> ProblemException.notFound("Forslaget findes ikke."));
        if (proposal.status != ItemProposal.Status.PENDING) {
            throw ProblemException.conflict("Forslaget er allerede behandlet (" + proposal.status + ").");
        }
        return proposal;
    }
}
