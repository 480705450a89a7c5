package io.openrcm.claim.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of the {@code claim_status_change} table: one entry of a claim's status history. */
@Entity
@Table(name = "claim_status_change")
public class ClaimStatusChangeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "claim_id", nullable = false)
    public UUID claimId;
    @Column(name = "from_status")
    public String fromStatus;
    @Column(name = "to_status", nullable = false)
    public String toStatus;
    @Column(nullable = false)
    public String reason;
    /** Comma-separated {@code <group>-<CARC>} codes. */
    @Column(name = "reason_codes", nullable = false)
    public String reasonCodes;
    @Column(name = "payment_id")
    public UUID paymentId;
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
