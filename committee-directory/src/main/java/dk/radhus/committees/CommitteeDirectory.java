package dk.radhus.committees;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.platform.events.CommitteeUpserted;
import dk.radhus.platform.events.EventEnvelope;

/** Keeps the committee read model and answers questions about it. */
@ApplicationScoped
public class CommitteeDirectory {

    /** Applies a CommitteeUpserted event unless a newer one was already applied. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope envelope, CommitteeUpserted event) {
        Committee committee = Committee.<Committee>findByIdOptional(event.code()).orElseGet(() -> {
            Committee created = new Committee();
            created.code = event.code();
            return created;
        });
        if (committee.changedAt != null && committee.changedAt.isAfter(envelope.occurredAt())) {
            return;
        }
        committee.name = event.name();
        committee.kind = event.kind();
        committee.active = event.active();
        committee.changedAt = envelope.occurredAt();
        committee.eventId = envelope.id();
        committee.persist();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Committee> all() {
        return Committee.listByCode();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Committee> find(String code) {
        return Committee.findByIdOptional(code);
    }
}
