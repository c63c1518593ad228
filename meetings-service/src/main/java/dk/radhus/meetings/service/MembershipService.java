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
import dk.radhus.meetings.Person;
import dk.radhus.meetings.rest.MembershipRequest;
import dk.radhus.meetings.rest.MembershipResponse;
import dk.radhus.platform.problem.ProblemException;

/** Seats persons on committees. */
@ApplicationScoped
public class MembershipService {

    private final AuditLog audit;

    public MembershipService(AuditLog audit) {
        this.audit = audit;
    }

    @Transactional
    public MembershipResponse add(String committeeCode, MembershipRequest request) {
        requireCommittee(committeeCode);
        Person person = Person.<Person>findByIdOptional(request.personId())
                .orElseThrow(() -> ProblemException.invalidField("personId", "personen findes ikke"));
        if (request.endDate() != null && request.endDate().isBefore(request.startDate())) {
            throw ProblemException.invalidField("endDate", "må ikke ligge før startdatoen");
        }
        Membership membership = new Membership();
        membership.id = UUID.randomUUID();
        membership.committeeCode = committeeCode;
        membership.personId = person.id;
        membership.role = request.role();
        membership.startDate = request.startDate();
        membership.endDate = request.endDate();
        membership.persist();
        audit.record("membership.added", "Membership", membership.id,
                committeeCode + ": " + person.name + " (" + request.role() + ")");
        return MembershipResponse.of(membership, person);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MembershipResponse> members(String committeeCode, LocalDate activeOn) {
        requireCommittee(committeeCode);
        List<Membership> memberships = activeOn == null ? Membership.listForCommittee(committeeCode)
                : Membership.listActiveOn(committeeCode, activeOn);
        List<UUID> personIds = memberships.stream().map(m -> m.personId).distinct().toList();
        Map<UUID, Person> persons = personIds.isEmpty() ? Map.of()
                : Person.<Person>list("id in ?1", personIds).stream()
                        .collect(Collectors.toMap(p -> p.id, Function.identity()));
        return memberships.stream().map(m -> MembershipResponse.of(m, persons.get(m.personId))).toList();
    }

    private static void requireCommittee(String code) {
        if (Committee.findByIdOptional(code).isEmpty()) {
            throw ProblemException.notFound("Udvalget " + code + " findes ikke.");
        }
    }
}
