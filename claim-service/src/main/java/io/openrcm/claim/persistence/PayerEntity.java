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
    @Column(name = "receiver_id", nullable = false)
    public String receiverId;
    @Column(name = "receiver_qualifier", nullable = false)
    public String receiverQualifier;
    @Column(name = "edi_payer_id", nullable = false)
    public String ediPayerId;
    @Column(name = "auto_submit", nullable = false)
    public boolean autoSubmit;
    @Column(name = "usage_indicator", nullable = false)
    public String usageIndicator;
    /** JSON array of the payer's scrub rules. */
    @Column(name = "scrub_rules", nullable = false)
    public String scrubRules = "[]";
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
