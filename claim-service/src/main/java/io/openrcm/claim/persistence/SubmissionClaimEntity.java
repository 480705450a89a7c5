package io.openrcm.claim.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** Row of {@code submission_claim}: which transaction set of which submission carried a claim. */
@Entity
@Table(name = "submission_claim")
@IdClass(SubmissionClaimEntity.Key.class)
public class SubmissionClaimEntity {

    @Id
    @Column(name = "submission_id")
    public UUID submissionId;
    @Id
    @Column(name = "claim_id")
    public UUID claimId;
    @Column(name = "transaction_control", nullable = false)
    public String transactionControl;

    /** The composite key. */
    public record Key(UUID submissionId, UUID claimId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
