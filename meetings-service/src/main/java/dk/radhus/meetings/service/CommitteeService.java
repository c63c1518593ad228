package dk.radhus.meetings.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.meetings.Committee;
import dk.radhus.platform.audit.Audit;
import dk.radhus.platform.events.CommitteeKind;
import dk.radhus.platform.events.CommitteeUpserted;
import dk.radhus.platform.events.Topics;
import dk.radhus.platform.outbox.Outbox;
import dk.radhus.platform.problem.ProblemException;

/** Creates and changes committees; every change publishes CommitteeUpserted through the outbox. */
@ApplicationScoped
public class CommitteeService {

    private final Outbox outbox;
    private final Audit audit;

    public CommitteeService(Outbox outbox, Audit audit) {
        this.outbox = outbox;
        this.audit = audit;
    }

    /** Creates a committee; without {@code active} it is active. */
    @Transactional
    public Committee create(String code, String name, CommitteeKind kind, Boolean active) {
        if (Committee.findByIdOptional(code).isPresent()) {
            throw ProblemException.conflict("Udvalget " + code + " findes allerede.");
        }
        requireUniqueName(name, code);
        Committee committee = new Committee();
        committee.code = code;
        committee.name = name.strip();
        committee.kind = kind;
        committee.active = active == null || active;
        committee.createdAt = Instant.now();
        committee.updatedAt = committee.createdAt;
        committee.persist();
        audit.record("committee.created", "Committee", committee.code, null, AuditValues.committee(committee));
        announce(committee);
        return committee;
    }

    @Transactional
    public Committee update(String code, String name, CommitteeKind kind, boolean active) {
        Committee committee = Committee.<Committee>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("Udvalget " + code + " findes ikke."));
        String stripped = name.strip();
        if (committee.name.equals(stripped) && committee.kind == kind && committee.active == active) {
            return committee;
        }
        requireUniqueName(stripped, code);
        Map<String, Object> before = AuditValues.committee(committee);
        committee.name = stripped;
        committee.kind = kind;
        committee.active = active;
        committee.updatedAt = Instant.now();
        audit.record("committee.updated", "Committee", committee.code, before, AuditValues.committee(committee));
        announce(committee);
        return committee;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Committee> all() {
        return Committee.listByCode();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Committee> find(String code) {
        return Committee.findByIdOptional(code);
    }

    private static void requireUniqueName(String name, String code) {
        if (Committee.nameTakenByAnother(name.strip(), code)) {
            throw ProblemException.invalidField("name", "et andet udvalg hedder allerede '" + name.strip() + "'");
        }
    }

    private void announce(Committee committee) {
        outbox.publish(Topics.COMMITTEES,
                new CommitteeUpserted(committee.code, committee.name, committee.kind, committee.active));
    }
}
