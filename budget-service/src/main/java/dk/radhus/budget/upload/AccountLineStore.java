package dk.radhus.budget.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

/**
 * Stores an upload's account lines in the upload's transaction: the rows stream through the driver's COPY into a
 * session-local staging table, then one set-based insert adds the upload's id. COPY is what makes a file of hundreds
 * of thousands of lines cost about what reading it costs; row-by-row inserts would cost many times more.
 */
@ApplicationScoped
public class AccountLineStore {

    private static final String STAGING = """
            CREATE TEMP TABLE IF NOT EXISTS account_line_staging (line_number integer, function_code text,
            budget_type smallint, type_code text, amount_kroner numeric, cost_centre text, policy_area_code text)
            ON COMMIT DELETE ROWS""";
    private static final String INSERT = """
            INSERT INTO account_line (upload_id, line_number, function_code, budget_type, type_code, amount_kroner,
            cost_centre, policy_area_code)
            SELECT ?, line_number, function_code, budget_type, type_code, amount_kroner, cost_centre, policy_area_code
            FROM account_line_staging""";

    private final EntityManager entityManager;
    private final DataSource dataSource;

    public AccountLineStore(EntityManager entityManager, DataSource dataSource) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void store(UUID uploadId, AccountLineRows rows) {
        // The upload's row must be in the database before its lines reference it. Within the transaction the pool
        // hands out the connection Hibernate uses, so the lines commit or roll back with the upload.
        entityManager.flush();
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(STAGING);
                statement.execute("TRUNCATE account_line_staging");
            }
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY account_line_staging FROM STDIN", rows.stream());
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setObject(1, uploadId);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Account lines could not be stored", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
