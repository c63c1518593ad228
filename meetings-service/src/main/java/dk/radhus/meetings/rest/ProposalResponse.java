package dk.radhus.meetings.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import dk.radhus.meetings.ItemProposal;
import dk.radhus.meetings.ItemReference;
import dk.radhus.platform.events.ObjectReference;

/** A drafted change to a published item: what it would change, the new content, and the secretary's answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProposalResponse(UUID id, ItemProposal.Status status, List<String> changes, String title,
        List<ItemResponse.Section> sections, List<ObjectReference> references, Instant proposedAt, String proposedBy,
        Instant decidedAt, String decidedBy, String decisionReason) {

    public static ProposalResponse of(ItemProposal p) {
        return new ProposalResponse(p.id, p.status, List.of(p.changes.split(", ")), p.title,
                p.sections.stream().map(ItemResponse.Section::of).toList(),
                p.references.stream().map(ItemReference::toObjectReference).toList(), p.proposedAt, p.proposedBy,
                p.decidedAt, p.decidedBy, p.decisionReason);
    }
}
