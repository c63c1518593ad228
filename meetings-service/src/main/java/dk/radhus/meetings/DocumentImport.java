package dk.radhus.meetings;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One version of an imported agenda or minutes document: which meeting it became, its content hash, who, when. */
@Entity
@Table(name = "document_import")
public class DocumentImport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(nullable = false)
    public int version;

    @Column(name = "document_kind", nullable = false)
    public String documentKind;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "content_sha256", nullable = false)
    public String contentSha256;

    @Column(nullable = false)
    public int items;

    /** The numbers of the items this version changed or added, comma-separated; empty for the first version. */
    @Column(name = "changed_items", nullable = false)
    public String changedItems;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;

    @Column(name = "imported_by", nullable = false)
    public String importedBy;

    /** The import of exactly this content into one of the committee's meetings, if there was one. */
    public static Optional<DocumentImport> findSame(String contentSha256, String committeeCode) {
        return find("contentSha256 = ?1 and meetingId in (select m.id from Meeting m where m.committeeCode = ?2) "
                + "order by importedAt", contentSha256, committeeCode).firstResultOptional();
    }

    /** The committee's imported meeting that starts then, if an earlier version of its document was imported. */
    public static Optional<Meeting> importedMeeting(String committeeCode, LocalDateTime startsAt) {
        return Meeting.<Meeting>find("committeeCode = ?1 and startsAt = ?2 and id in "
                + "(select d.meetingId from DocumentImport d) order by createdAt", committeeCode, startsAt)
                .firstResultOptional();
    }

    public static List<DocumentImport> listForMeeting(UUID meetingId) {
        return list("meetingId = ?1 order by version", meetingId);
    }
}
