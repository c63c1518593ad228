package dk.radhus.local;

/** The answer of one readiness check of a component. */
record Probe(State state, String reason) {

    enum State { READY, NOT_YET, FAILED }

    static Probe ready() {
        return new Probe(State.READY, "");
    }

    static Probe notYet() {
        return new Probe(State.NOT_YET, "");
    }

    static Probe failed(String reason) {
        return new Probe(State.FAILED, reason);
    }
}
