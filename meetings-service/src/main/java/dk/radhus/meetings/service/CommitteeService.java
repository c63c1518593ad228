package dk.radhus.meetings.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.meetings.Committee;
import dk.radhus.meetings.rest.CommitteeRequest;
import dk.radhus.meetings.rest.CommitteeUpdate;
import dk.radhus.platform.events.CommitteeUpserted;
import dk.radhus.platform.events.Topics;
import dk.radhus.platform.outbox.Outbox;
import dk.radhus.platform.problem.ProblemException;

/** Creates and changes committees; every change publishes CommitteeUpserted through the outbox. */
@ApplicationScoped
public class CommitteeService {

    private final Outbox outbox;

    public CommitteeService(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public Committee create(CommitteeRequest request) {
        if (Committee.findByIdOptional(request.code()).isPresent()) {
            throw ProblemException.conflict("Udvalget " + request.code() + " findes allerede.");
        }
        requireUniqueName(request.name(), request.code());
        Committee committee = new Committee();
        committee.code = request.code();
        committee.name = request.name().strip();
        committee.kind = request.kind();
        committee.active = request.active() == null || request.active();
        committee.createdAt = Instant.now();
        committee.updatedAt = committee.createdAt;
        committee.persist();
        announce(committee);
        return committee;
    }

    @Transactional
    public Committee update(String code, CommitteeUpdate update) {
        Committee committee = Committee.<Committee>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("Udvalget " + code + " findes ikke."));
        String name = update.name().strip();
        if (committee.name.equals(name) && committee.kind == update.kind() && committee.active == update.active()) {
            return committee;
        }
        requireUniqueName(name, code);
        committee.name = name;
        committee.kind = update.kind();
        committee.active = update.active();
        committee.updatedAt = Instant.now();
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
