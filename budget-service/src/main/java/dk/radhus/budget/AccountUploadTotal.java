package dk.radhus.budget;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What one completed upload added to one policy area: the trace from a figure back to its files. */
@Entity
@Table(name = "account_upload_total")
public class AccountUploadTotal extends PanacheEntityBase {

    /** Upload and policy area. */
    @Embeddable
    public record Key(@Column(name = "upload_id") UUID uploadId,
            @Column(name = "policy_area_code") String policyAreaCode) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "line_count", nullable = false)
    public int lineCount;

    @Column(name = "amount_kroner", nullable = false)
    public BigDecimal amountKroner;

    public static List<AccountUploadTotal> listFor(UUID uploadId) {
        return list("key.uploadId = ?1 order by key.policyAreaCode", uploadId);
    }
}
