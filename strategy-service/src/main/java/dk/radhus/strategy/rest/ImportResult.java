package dk.radhus.strategy.rest;

import dk.radhus.strategy.service.ImportCount;

/** The outcome of an accepted CSV upload: lines read, lines that changed something, lines already in effect. */
public record ImportResult(int lines, int changed, int unchanged) {

    static ImportResult of(ImportCount count) {
        return new ImportResult(count.lines(), count.changed(), count.unchanged());
    }
}
