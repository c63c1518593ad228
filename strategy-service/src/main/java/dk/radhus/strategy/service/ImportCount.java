package dk.radhus.strategy.service;

/** An accepted CSV upload: how many lines it had and how many of them changed something. */
public record ImportCount(int lines, int changed) {

    /** Lines whose value or status was already in effect. */
    public int unchanged() {
        return lines - changed;
    }
}
