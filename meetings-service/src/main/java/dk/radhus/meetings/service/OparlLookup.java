package dk.radhus.meetings.service;

import dk.radhus.meetings.repository.OparlRepository.Tombstone;

/** One OParl object by its URL: either live or, once public and no longer, its tombstone. */
public record OparlLookup<T>(T live, Tombstone deleted) {

    static <T> OparlLookup<T> live(T object) {
        return new OparlLookup<>(object, null);
    }

    static <T> OparlLookup<T> deleted(Tombstone tombstone) {
        return new OparlLookup<>(null, tombstone);
    }
}
