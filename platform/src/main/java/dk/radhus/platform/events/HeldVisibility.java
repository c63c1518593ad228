package dk.radhus.platform.events;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What the public may see of an agenda item, as a consuming service holds it, with the item version it was set at
 * (columns {@code closed}, {@code decision_public}, {@code visibility_version}). Both DecisionRecorded and
 * ItemVisibilityChanged carry the visibility; only a newer version replaces it, so a duplicate or late event never
 * rolls it back.
 */
@Embeddable
public class HeldVisibility {

    @Column(name = "closed", nullable = false)
    public boolean closed;

    @Column(name = "decision_public", nullable = false)
    public boolean decisionPublic;

    @Column(name = "visibility_version", nullable = false)
    public long version;

    public ItemVisibility current() {
        return new ItemVisibility(closed, decisionPublic);
    }

    /** Takes {@code visibility} if {@code itemVersion} is newer than the version held; returns whether it did. */
    public boolean apply(ItemVisibility visibility, long itemVersion) {
        if (itemVersion <= version) {
            return false;
        }
        closed = visibility.closed();
        decisionPublic = visibility.decisionPublic();
        version = itemVersion;
        return true;
    }
}
