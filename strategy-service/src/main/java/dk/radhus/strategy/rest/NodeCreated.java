package dk.radhus.strategy.rest;

import java.util.UUID;

/** The id and title of a created focus area, goal or sub-goal. */
public record NodeCreated(UUID id, String title) {

    static NodeCreated of(UUID id, String title) {
        return new NodeCreated(id, title.strip());
    }
}
