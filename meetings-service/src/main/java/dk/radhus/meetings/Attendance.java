package dk.radhus.meetings;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One participant of a meeting: present, or absent with apologies (afbud). */
@Embeddable
public class Attendance {

    @Column(nullable = false)
    public String name;

    @Column(name = "person_id")
    public UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttendanceStatus status;

    /** E.g. the party letter or "sekretær". */
    public String note;

    public Attendance() {
    }

    public Attendance(String name, UUID personId, AttendanceStatus status, String note) {
        this.name = name;
        this.personId = personId;
        this.status = status;
        this.note = note;
    }
}
