package dk.radhus.meetings.service;

import java.util.List;

import dk.radhus.meetings.VoteLine;
import dk.radhus.meetings.VoteNote;

/** The vote to record on an item: unanimous (no lines), or the lines per party or person; and the notes. */
public record VoteRecord(boolean unanimous, List<VoteLine> lines, List<VoteNote> notes) {
}
