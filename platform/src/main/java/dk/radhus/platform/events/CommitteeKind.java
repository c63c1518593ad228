package dk.radhus.platform.events;

/** What kind of body a committee is. */
public enum CommitteeKind {
    /** Fagudvalg or stående udvalg, e.g. Borger- og Erhvervsudvalget. */
    POLITICAL_COMMITTEE,
    /** Byråd / kommunalbestyrelse. */
    CITY_COUNCIL,
    /** Direktionen: the administrative top management. */
    DIRECTORATE
}
