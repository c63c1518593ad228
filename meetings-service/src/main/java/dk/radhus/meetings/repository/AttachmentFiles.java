package dk.radhus.meetings.repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * The bytes of attachment files, as rows of at most {@value #CHUNK} bytes ({@code attachment_file_chunk}). A file is
 * written in the caller's transaction, one chunk at a time from a file on disk, and read one chunk per query, each on
 * a connection of its own, so no more than one chunk is in memory and a slow download holds no connection or
 * transaction between chunks.
 */
@ApplicationScoped
public class AttachmentFiles {

    public static final int CHUNK = 1024 * 1024;

    private final EntityManager entityManager;
    private final DataSource dataSource;

    public AttachmentFiles(EntityManager entityManager, DataSource dataSource) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
    }

    /** What is stored of a file besides its bytes. */
    public record Description(String mediaType, long size, String sha256, String sha512, String text) {
    }

    /** Stores {@code content} as file {@code id}, in the current transaction. */
    public void store(UUID id, Description description, Path content) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement file = connection.prepareStatement("""
                    INSERT INTO attachment_file (id, media_type, size_bytes, sha256, sha512, chunks, text)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                file.setObject(1, id);
                file.setString(2, description.mediaType());
                file.setLong(3, description.size());
                file.setString(4, description.sha256());
                file.setString(5, description.sha512());
                file.setInt(6, chunks(description.size()));
                file.setString(7, description.text());
                file.executeUpdate();
            }
            try (InputStream in = Files.newInputStream(content);
                    PreparedStatement chunk = connection.prepareStatement(
                            "INSERT INTO attachment_file_chunk (file_id, seq, data) VALUES (?, ?, ?)")) {
                byte[] buffer = new byte[CHUNK];
                int seq = 0;
                for (int read = in.readNBytes(buffer, 0, CHUNK); read > 0; read = in.readNBytes(buffer, 0, CHUNK)) {
                    chunk.setObject(1, id);
                    chunk.setInt(2, seq++);
                    chunk.setBytes(3, read == CHUNK ? buffer : Arrays.copyOf(buffer, read));
                    chunk.executeUpdate();
                }
            } catch (IOException e) {
                throw new SQLException("the uploaded file could not be read back from disk", e);
            }
        });
    }

    /**
     * Writes file {@code id} of {@code size} bytes to {@code out}. A chunk that is gone (the file was replaced or
     * removed while it was sent) ends the download with an error rather than with another file's bytes.
     */
    public void copy(UUID id, long size, OutputStream out) throws IOException {
        int chunks = chunks(size);
        for (int seq = 0; seq < chunks; seq++) {
            out.write(chunk(id, seq));
        }
    }

    private byte[] chunk(UUID id, int seq) throws IOException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(
                        "SELECT data FROM attachment_file_chunk WHERE file_id = ? AND seq = ?")) {
            read.setObject(1, id);
            read.setInt(2, seq);
            try (ResultSet row = read.executeQuery()) {
                if (!row.next()) {
                    throw new IOException("attachment file " + id + " was removed while it was sent");
                }
                return row.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IOException("attachment file " + id + " could not be read", e);
        }
    }

    private static int chunks(long size) {
        return Math.toIntExact((size + CHUNK - 1) / CHUNK);
    }
}
