package dk.radhus.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import dk.radhus.platform.events.ObjectReference;

/** A reference from an agenda item to another service's object, so its decision can travel there. */
@Embeddable
public class ItemReference {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ObjectReference.Kind kind;

    @Column(name = "target_id", nullable = false)
    public String targetId;

    public ItemReference() {
    }

    public ItemReference(ObjectReference.Kind kind, String targetId) {
        this.kind = kind;
        this.targetId = targetId;
    }

    public ObjectReference toObjectReference() {
        return new ObjectReference(kind, targetId);
    }
}
