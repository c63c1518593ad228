package dk.radhus.strategy;

/** Which way an indicator should move to be an improvement. */
public enum Direction {
    UP, DOWN
}
