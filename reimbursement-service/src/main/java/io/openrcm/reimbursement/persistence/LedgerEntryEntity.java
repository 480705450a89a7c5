package io.openrcm.reimbursement.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** Row of {@code ledger_entry}, the append-only posting ledger: inserted once, never updated or deleted. */
@Entity
@Immutable
@Table(name = "ledger_entry")
public class LedgerEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_entry_seq")
    @SequenceGenerator(name = "ledger_entry_seq", sequenceName = "ledger_entry_seq", allocationSize = 50)
    public Long id;
    @Column(name = "claim_payment_id", nullable = false)
    public UUID claimPaymentId;
    /** Position among the entries of its claim payment, from 0; unique with the claim payment. */
    @Column(name = "line_no", nullable = false)
    public int lineNo;
    @Column(name = "claim_id", nullable = false)
    public String claimId;
    @Column(name = "entry_type", nullable = false)
    public String entryType;
    @Column(name = "group_code")
    public String groupCode;
    @Column(name = "reason_code")
    public String reasonCode;
    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;
    @Column(name = "posted_at", nullable = false)
    public Instant postedAt;
    /** What the entry stands for: PAYMENT, CONTRACTUAL, DEDUCTIBLE, COINSURANCE, COPAY, ... */
    @Column(name = "category", nullable = false)
    public String category;
    /** The service line (position in the claim payment) of a line-level adjustment; null at claim level. */
    @Column(name = "line_index")
    public Integer lineIndex;
}
