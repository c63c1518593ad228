package dk.radhus.meetings.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.meetings.Person;
import dk.radhus.platform.audit.Audit;

/** Registers persons (politicians and officials). */
@ApplicationScoped
public class PersonService {

    private final Audit audit;

    public PersonService(Audit audit) {
        this.audit = audit;
    }

    @Transactional
    public Person create(String name, String partyLetter) {
        Person person = new Person();
        person.id = UUID.randomUUID();
        person.name = name.strip();
        person.partyLetter = partyLetter;
        person.createdAt = Instant.now();
        person.persist();
        audit.record("person.created", "Person", person.id, null, AuditValues.person(person));
        return person;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Person> all() {
        return Person.listByName();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Person> find(UUID id) {
        return Person.findByIdOptional(id);
    }
}
