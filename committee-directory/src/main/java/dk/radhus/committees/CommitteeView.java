package dk.radhus.committees;

import java.time.Instant;

import dk.radhus.platform.events.CommitteeKind;

/** A committee as the read API returns it. */
public record CommitteeView(String code, String name, CommitteeKind kind, boolean active, Instant changedAt) {

    static CommitteeView of(Committee committee) {
        return new CommitteeView(committee.code, committee.name, committee.kind, committee.active, committee.changedAt);
    }
}
