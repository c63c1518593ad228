package dk.radhus.meetings.rest;

import java.util.UUID;

import dk.radhus.meetings.Person;

/** A person as the API returns it. */
public record PersonResponse(UUID id, String name, String partyLetter) {

    public static PersonResponse of(Person person) {
        return new PersonResponse(person.id, person.name, person.partyLetter);
    }
}
