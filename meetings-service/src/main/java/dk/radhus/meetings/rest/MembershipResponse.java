package dk.radhus.meetings.rest;

import java.time.LocalDate;
import java.util.UUID;

import dk.radhus.meetings.Membership;
import dk.radhus.meetings.MembershipRole;
import dk.radhus.meetings.Person;
import dk.radhus.meetings.service.Member;

/** A membership with the member's name and party letter. */
public record MembershipResponse(UUID id, String committeeCode, UUID personId, String name, String partyLetter,
        MembershipRole role, LocalDate startDate, LocalDate endDate) {

    public static MembershipResponse of(Member member) {
        Membership membership = member.membership();
        Person person = member.person();
        return new MembershipResponse(membership.id, membership.committeeCode, membership.personId, person.name,
                person.partyLetter, membership.role, membership.startDate, membership.endDate);
    }
}
