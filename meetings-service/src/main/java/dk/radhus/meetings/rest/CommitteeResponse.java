package dk.radhus.meetings.rest;

import java.time.Instant;

import dk.radhus.meetings.Committee;
import dk.radhus.platform.events.CommitteeKind;

/** A committee as the API returns it. */
public record CommitteeResponse(String code, String name, CommitteeKind kind, boolean active, Instant createdAt,
        Instant updatedAt) {

    public static CommitteeResponse of(Committee committee) {
        return new CommitteeResponse(committee.code, committee.name, committee.kind, committee.active,
                committee.createdAt, committee.updatedAt);
    }
}
