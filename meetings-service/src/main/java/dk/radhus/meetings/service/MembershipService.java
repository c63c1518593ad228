package dk.radhus.meetings.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.meetings.Committee;
import dk.radhus.meetings.Membership;
import dk.radhus.meetings.MembershipRole;
import dk.radhus.meetings.Person;
import dk.radhus.platform.audit.Audit;
import dk.radhus.platform.problem.ProblemException;

/** Seats persons on committees. */
@ApplicationScoped
public class MembershipService {

    private final Audit audit;

    public MembershipService(Audit audit) {
        this.audit = audit;
    }

    @Transactional
    public Member add(String committeeCode, UUID personId, MembershipRole role, LocalDate startDate,
            LocalDate endDate) {
        requireCommittee(committeeCode);
        Person person = Person.<Person>findByIdOptional(personId)
                .orElseThrow(() -> ProblemException.invalidField("personId", "personen findes ikke"));
        if (endDate != null && endDate.isBefore(startDate)) {
            throw ProblemException.invalidField("endDate", "må ikke ligge før startdatoen");
        }
        Membership membership = new Membership();
        membership.id = UUID.randomUUID();
        membership.committeeCode = committeeCode;
        membership.personId = person.id;
        membership.role = role;
        membership.startDate = startDate;
        membership.endDate = endDate;
        membership.persist();
        audit.record("membership.added", "Membership", membership.id, null,
                AuditValues.membership(membership, person));
        return new Member(membership, person);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Member> members(String committeeCode, LocalDate activeOn) {
        requireCommittee(committeeCode);
        List<Membership> memberships = activeOn == null ? Membership.listForCommittee(committeeCode)
                : Membership.listActiveOn(committeeCode, activeOn);
        List<UUID> personIds = memberships.stream().map(m -> m.personId).distinct().toList();
        Map<UUID, Person> persons = personIds.isEmpty() ? Map.of()
                : Person.<Person>list("id in ?1", personIds).stream()
                        .collect(Collectors.toMap(p -> p.id, Function.identity()));
        return memberships.stream().map(m -> new Member(m, persons.get(m.personId))).toList();
    }

    private static void requireCommittee(String code) {
        if (Committee.findByIdOptional(code).isEmpty()) {
            throw ProblemException.notFound("Udvalget " + code + " findes ikke.");
        }
    }
}
