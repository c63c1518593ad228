package dk.radhus.meetings.rest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.radhus.meetings.VoteChoice;
import dk.radhus.meetings.VoteLine;
import dk.radhus.meetings.VoteNote;
import dk.radhus.meetings.VoteNoteKind;
import dk.radhus.meetings.service.VoteRecord;

/**
 * Record the vote on an item: {@code unanimous} without lines, or lines per party letter or person; and minority
 * statements, notes to the minutes, conflicts of interest and members who left.
 */
@Schema(example = """
        {"unanimous": false,
         "lines": [{"voter": "A", "choice": "FOR", "votes": 15}, {"voter": "O", "choice": "AGAINST", "votes": 10}],
         "notes": [{"kind": "MINORITY_STATEMENT", "name": "O", "text": "Dansk Folkeparti kan ikke støtte forslaget."},
                   {"kind": "CONFLICT_OF_INTEREST", "name": "Hugo Hammel (A)"}]}""")
public record VoteRequest(
        @NotNull(message = "skal udfyldes") Boolean unanimous,
        @Size(max = 100, message = "må højst have 100 linjer") List<@Valid @NotNull(message = "skal udfyldes") Line> lines,
        @Size(max = 100, message = "må højst have 100 noter") List<@Valid @NotNull(message = "skal udfyldes") Note> notes) {

    /** A party letter or a person's name (and optionally the person's id), the choice and the number of votes. */
    @Schema(name = "VoteLineRequest", example = """
            {"voter": "A", "choice": "FOR", "votes": 15}""")
    public record Line(
            @NotBlank(message = "skal udfyldes") @Size(max = 200, message = "må højst være 200 tegn") String voter,
            UUID personId,
            @NotNull(message = "skal udfyldes") VoteChoice choice,
            @NotNull(message = "skal udfyldes") @Positive(message = "skal være mindst 1")
            @Max(value = 1000, message = "må højst være 1000") Integer votes) {
    }

    /** Who the note concerns, and for a statement or note to the minutes its text. */
    @Schema(name = "VoteNoteRequest", example = """
            {"kind": "MINORITY_STATEMENT", "name": "O", "text": "Dansk Folkeparti kan ikke støtte forslaget."}""")
    public record Note(
            @NotNull(message = "skal udfyldes") VoteNoteKind kind,
            @NotBlank(message = "skal udfyldes") @Size(max = 200, message = "må højst være 200 tegn") String name,
            UUID personId,
            @Size(max = 20000, message = "må højst være 20000 tegn") String text) {
    }

    VoteRecord record() {
        return new VoteRecord(unanimous,
                lines == null ? List.of() : lines.stream()
                        .map(l -> new VoteLine(l.voter().strip(), l.personId(), l.choice(), l.votes())).toList(),
                notes == null ? List.of() : notes.stream()
                        .map(n -> new VoteNote(n.kind(), n.name().strip(), n.personId(),
                                n.text() == null || n.text().isBlank() ? null : n.text().strip())).toList());
    }
}
