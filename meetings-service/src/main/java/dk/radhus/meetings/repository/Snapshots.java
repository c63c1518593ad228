package dk.radhus.meetings.repository;

import java.sql.Statement;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Reads that must see one state of the database: a read-only {@code REPEATABLE READ} transaction, so that all of its
 * queries see the same snapshot. Without it each query of a read sees whatever was committed when it ran, and a view
 * loaded in several queries (an item, then its sections, then its amendments) could mix the item as it was before a
 * change with content written by that change — for instance an item still open with the text it was closed for.
 */
@ApplicationScoped
public class Snapshots {

    private final Session session;

    public Snapshots(Session session) {
        this.session = session;
    }

    /** Runs {@code reads} in a new read-only transaction on one snapshot; blocking. */
    public <T> T read(Supplier<T> reads) {
        return QuarkusTransaction.requiringNew().call(() -> {
            session.setDefaultReadOnly(true);
            session.doWork(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                }
            });
            return reads.get();
        });
    }
}
