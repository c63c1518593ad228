package dk.radhus.meetings.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.radhus.meetings.MembershipRole;

/** Seat a person on a committee. */
@Schema(example = """
        {"personId": "0b7f3c1e-4a55-4f7e-9d57-8a1f2e0c9b11", "role": "CHAIR", "startDate": "2010-01-01", "endDate": "2013-12-31"}""")
public record MembershipRequest(
        @NotNull(message = "skal udfyldes") UUID personId,
        @NotNull(message = "skal udfyldes") MembershipRole role,
        @NotNull(message = "skal udfyldes") LocalDate startDate,
        LocalDate endDate) {
}
