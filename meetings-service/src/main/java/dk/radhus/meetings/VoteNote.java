package dk.radhus.meetings;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A minority statement, a note to the minutes, a conflict of interest or a member who left, with who it concerns. */
@Embeddable
public class VoteNote {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VoteNoteKind kind;

    /** The member, or for a minority statement the members or parties ("V og O"). */
    @Column(nullable = false)
    public String name;

    @Column(name = "person_id")
    public UUID personId;

    public String text;

    public VoteNote() {
    }

    public VoteNote(VoteNoteKind kind, String name, UUID personId, String text) {
        this.kind = kind;
        this.name = name;
        this.personId = personId;
        this.text = text;
    }
}
