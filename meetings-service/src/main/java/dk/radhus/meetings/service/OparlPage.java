package dk.radhus.meetings.service;

import java.util.List;

import dk.radhus.meetings.repository.OparlRepository.Tombstone;

/**
 * One page of an OParl list: the live objects first, then (only when the client asked for changes since a time) the
 * objects deleted in the filter's window; {@code total} counts both.
 */
public record OparlPage<T>(List<T> live, List<Tombstone> deleted, long total) {
}
