package dk.radhus.meetings.rest;

import java.time.Instant;

import dk.radhus.meetings.CommitteeName;

/** A committee name and the committee it is mapped to. */
public record CommitteeNameResponse(String name, String committeeCode, Instant updatedAt, String updatedBy) {

    static CommitteeNameResponse of(CommitteeName mapping) {
        return new CommitteeNameResponse(mapping.name, mapping.committeeCode, mapping.updatedAt, mapping.updatedBy);
    }
}
