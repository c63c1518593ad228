package dk.radhus.meetings.service;

import dk.radhus.meetings.Membership;
import dk.radhus.meetings.Person;

/** A seat on a committee with the person who holds it. */
public record Member(Membership membership, Person person) {
}
