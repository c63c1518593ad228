package dk.radhus.budget.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

/**
 * Stores an upload's account lines in the upload's transaction with one COPY through the driver: the rows carry the
 * upload's id, so they go straight into {@code account_line}. Row-by-row inserts, or a staging table and a second
 * insert, would cost many times what reading the file costs.
 */
@ApplicationScoped
public class AccountLineStore {

    private static final String COPY = "COPY account_line (upload_id, line_number, function_code, budget_type, "
            + "type_code, amount_kroner, cost_centre, policy_area_code) FROM STDIN";

    private final EntityManager entityManager;
    private final DataSource dataSource;

    public AccountLineStore(EntityManager entityManager, DataSource dataSource) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void store(AccountLineRows rows) {
        // The upload's row must be written before its lines. Within the transaction the pool hands out the
        // connection Hibernate uses, so the lines commit or roll back with the upload.
        entityManager.flush();
        try (Connection connection = dataSource.getConnection()) {
            long stored = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, rows.stream());
            if (stored != rows.count()) {
                throw new IllegalStateException("COPY stored " + stored + " of " + rows.count() + " account lines");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Account lines could not be stored", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
