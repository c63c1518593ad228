package dk.radhus.meetings.config;

import java.time.Duration;
import java.util.List;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Attachment files: the largest file accepted ({@code RADHUS_ATTACHMENTS_MAX_SIZE}), the media types accepted (a
 * subset of PDF, Word (DOCX), PNG and JPEG, the kinds the content is checked against), and the bounds of reading a
 * file's text for search.
 */
@ConfigMapping(prefix = "radhus.attachments")
public interface AttachmentConfig {

    MemorySize maxSize();

    @WithDefault("application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,"
            + "image/png,image/jpeg")
    List<String> mediaTypes();

    /** How long reading a file's text may take; a file whose text takes longer is stored without it. */
    @WithDefault("PT15S")
    Duration textTimeout();

    /** At most this many characters of a file's text are searchable. */
    @WithDefault("200000")
    int maxTextChars();
}
