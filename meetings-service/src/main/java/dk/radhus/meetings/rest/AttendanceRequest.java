package dk.radhus.meetings.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.radhus.meetings.Attendance;
import dk.radhus.meetings.AttendanceStatus;

/** One participant: present or absent with apologies (afbud). */
@Schema(example = """
        {"name": "Hugo Hammel", "personId": null, "status": "PRESENT", "note": "A"}""")
public record AttendanceRequest(
        @NotBlank(message = "skal udfyldes") @Size(max = 200, message = "må højst være 200 tegn") String name,
        UUID personId,
        @NotNull(message = "skal udfyldes") AttendanceStatus status,
        @Size(max = 200, message = "må højst være 200 tegn") String note) {

    public Attendance attendance() {
        return new Attendance(name, personId, status, note);
    }
}
