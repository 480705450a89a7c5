package io.openrcm.claim.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of the {@code payer} table. */
@Entity
@Table(name = "payer")
public class PayerEntity {

    @Id
    @Column(name = "payer_id")
    public String payerId;
    @Column(nullable = false)
    public String name;
    @Column(name = "claim_filing_indicator", nullable = false)
    public String claimFilingIndicator;
    @Column(name = "timely_filing_days", nullable = false)
    public int timelyFilingDays;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
