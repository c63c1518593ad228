package dk.radhus.meetings.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import dk.radhus.meetings.AgendaItem;
import dk.radhus.meetings.Attachment;
import dk.radhus.meetings.FileTextStatus;
import dk.radhus.meetings.ItemAmendment;
import dk.radhus.meetings.Meeting;
import dk.radhus.meetings.config.AttachmentConfig;
import dk.radhus.meetings.files.BoundedText;
import dk.radhus.meetings.files.FileKind;
import dk.radhus.meetings.files.FileSniffer;
import dk.radhus.meetings.files.FileText;
import dk.radhus.meetings.files.SpooledFile;
import dk.radhus.meetings.repository.AttachmentFiles;
import dk.radhus.platform.audit.Audit;
import dk.radhus.platform.problem.Problem;
import dk.radhus.platform.problem.ProblemException;
import dk.radhus.platform.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Stores the file of an attachment (bilag). The upload is copied to a temporary file as it arrives, its kind read
 * from its bytes and compared with the declared media type, and its text read for search (bounded in time and
 * length, on a small pool of its own) — all before the transaction that stores it, so a large or slow file holds no
 * lock. Then, with the meeting locked as for any item change, the file replaces the attachment's previous one.
 */
@ApplicationScoped
public class AttachmentFileService {

    private static final String ITEM_NOT_FOUND = "Punktet findes ikke.";
    /** Where an upload names its file: {@code Content-Disposition: attachment; filename*=UTF-8''…}. */
    public static final String FILE_NAME = "Content-Disposition";

    private final AttachmentFiles files;
    private final AttachmentConfig config;
    private final Audit audit;
    private final Caller caller;
    private final ExecutorService textReaders = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "attachment-text");
        thread.setDaemon(true);
        return thread;
    });

    public AttachmentFileService(AttachmentFiles files, AttachmentConfig config, Audit audit, Caller caller) {
        this.files = files;
        this.config = config;
        this.audit = audit;
        this.caller = caller;
    }

    /** An upload: the attachment it is for, its declared media type, its file name (null: none given), the body. */
    public record Upload(UUID meetingId, UUID itemId, int position, String declaredType, String fileName,
            InputStream body) {
    }

    /** Stores the upload as the attachment's file; returns the item as it is now. */
    public AgendaItem upload(Upload upload) {
        FileKind declared = FileKind.ofMediaType(upload.declaredType())
                .filter(kind -> allowed().contains(kind.mediaType()))
                .orElseThrow(() -> unsupported("Content-Type", "filtypen skal være en af " + String.join(", ",
                        allowed())));
        try (SpooledFile spooled = spool(upload.body())) {
            FileKind actual = FileSniffer.sniff(spooled.path()).orElseThrow(() -> unsupported("body",
                    "indholdet er ingen PDF-fil, Word-fil (DOCX), PNG- eller JPEG-billede"));
            if (actual != declared) {
                throw unsupported("body", "indholdet er " + actual.mediaType() + ", ikke " + declared.mediaType()
                        + " som angivet i Content-Type");
            }
            String fileName = upload.fileName() == null ? null : fileName(upload.fileName());
            BoundedText.Result text = text(spooled.path(), actual);
            return QuarkusTransaction.requiringNew().call(() -> store(upload, fileName, actual, spooled, text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    void stop() {
        textReaders.shutdownNow();
    }

    private AgendaItem store(Upload upload, String fileName, FileKind kind, SpooledFile spooled,
            BoundedText.Result text) {
        Meeting meeting = MeetingService.requireForUpdate(upload.meetingId());
        AgendaItem item = AgendaItem.findInMeeting(upload.meetingId(), upload.itemId())
                .orElseThrow(() -> ProblemException.notFound(ITEM_NOT_FOUND));
        if (upload.position() < 0 || upload.position() >= item.attachments.size()) {
            throw ProblemException.notFound("Bilaget findes ikke.");
        }
        AgendaItemService.requireOpenForChanges(meeting);
        Attachment attachment = item.attachments.get(upload.position());
        String name = fileName != null ? fileName : defaultName(attachment.title, kind);
        Map<String, Object> before = auditValues(upload.position(), attachment);
        UUID fileId = UUID.randomUUID();
        files.store(fileId, new AttachmentFiles.Description(kind.mediaType(), spooled.size(), spooled.sha256(),
                spooled.sha512(), text.text()), spooled.path());
        Attachment stored = new Attachment(attachment.title, attachment.documentReference, name,
                kind.mediaType(), spooled.size());
        stored.fileId = fileId;
        stored.sha256 = spooled.sha256();
        stored.sha512 = spooled.sha512();
        stored.textStatus = text.status();
        // a new element, so that Hibernate writes the row; the old file is released when the transaction ends
        item.attachments.set(upload.position(), stored);
        item.refreshAttachmentText();
        item.refreshSearchText(false);
        item.updatedAt = Instant.now();
        if (meeting.state.agendaFrozen()) {
            ItemAmendment.record(item.id, "Filen til bilaget \"" + attachment.title + "\" er "
                    + (attachment.hasFile() ? "udskiftet" : "tilføjet") + ": " + name,
                    "attachments[" + upload.position() + "].file", caller.name());
        }
        audit.record("item.attachment-file", "AgendaItem", item.id, before, auditValues(upload.position(), stored));
        return item;
    }

    private SpooledFile spool(InputStream body) throws IOException {
        long max = config.maxSize().asLongValue();
        try {
            return SpooledFile.of(body, max);
        } catch (SpooledFile.TooLarge e) {
            throw new ProblemException(Problem.of("payload-too-large", "For stor fil", 413,
                    "Filen er større end tilladt (højst %d byte).".formatted(max))
                    .withErrors(List.of(new Problem.FieldError("body", "filen må højst være " + max + " byte"))));
        }
    }

    /** The file's text for search, read on the pool within the time allowed; a failure flags it, never fails it. */
    private BoundedText.Result text(Path file, FileKind kind) {
        if (!kind.hasText()) {
            return new BoundedText.Result("", FileTextStatus.NONE);
        }
        return BoundedText.read(textReaders, config.textTimeout(),
                () -> FileText.read(file, kind, config.maxTextChars()));
    }

    private List<String> allowed() {
        return config.mediaTypes().stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).toList();
    }

    /** The name without any directory a client sent along: not blank, at most 255 characters, no control characters. */
    private static String fileName(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (base.isEmpty()) {
            throw ProblemException.invalidField(FILE_NAME, "filnavnet må ikke være tomt");
        }
        if (base.length() > 255) {
            throw ProblemException.invalidField(FILE_NAME, "filnavnet må højst være 255 tegn");
        }
        if (base.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.invalidField(FILE_NAME, "filnavnet må ikke indeholde kontroltegn");
        }
        return base;
    }

    /** A file name from the attachment's title, where the upload names none: "Budget 2012.pdf". */
    private static String defaultName(String title, FileKind kind) {
        String base = title.replaceAll("[\\p{Cntrl}\\\\/:*?\"<>|]", "_").strip();
        return (base.length() > 200 ? base.substring(0, 200) : base) + "." + kind.extension();
    }

    private static ProblemException unsupported(String field, String message) {
        return new ProblemException(Problem.of("unsupported-media-type", "Filtypen kan ikke modtages", 415,
                "Filen er ikke af en type, der kan modtages, eller ikke af den type, Content-Type angiver.")
                .withErrors(List.of(new Problem.FieldError(field, message))));
    }

    private static Map<String, Object> auditValues(int position, Attachment a) {
        return a.hasFile() ? Audit.values("position", position, "title", a.title, "fileName", a.fileName,
                "mediaType", a.mediaType, "sizeBytes", a.sizeBytes, "sha256", a.sha256, "fileId", a.fileId) : null;
    }
}
