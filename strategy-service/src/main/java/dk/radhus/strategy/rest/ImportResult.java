package dk.radhus.strategy.rest;

/** The outcome of an accepted CSV upload: lines read, lines that changed something, lines already in effect. */
public record ImportResult(int lines, int changed, int unchanged) {
}
