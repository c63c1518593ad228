package dk.radhus.meetings;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** How one party (its letter) or one person voted on an item, and with how many votes. */
@Embeddable
public class VoteLine {

    /** A party letter ("A") or a person's name. */
    @Column(nullable = false)
    public String voter;

    @Column(name = "person_id")
    public UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VoteChoice choice;

    @Column(nullable = false)
    public int votes;

    public VoteLine() {
    }

    public VoteLine(String voter, UUID personId, VoteChoice choice, int votes) {
        this.voter = voter;
        this.personId = personId;
        this.choice = choice;
        this.votes = votes;
    }
}
