package io.openrcm.reimbursement.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Row of {@code remittance}: one payer payment, unique per payer and trace number once taken (not quarantined). */
@Entity
@Table(name = "remittance")
public class RemittanceEntity {

    @Id
    public UUID id;
    @Column(name = "payer_id", nullable = false)
    public String payerId;
    @Column(name = "trace_number", nullable = false)
    public String traceNumber;
    @Column(name = "payment_date", nullable = false)
    public LocalDate paymentDate;
    @Column(name = "payment_method", nullable = false)
    public String paymentMethod;
    @Column(name = "total_paid", nullable = false, precision = 14, scale = 2)
    public BigDecimal totalPaid;
    /** SHA-256 of the canonical content: tells a resend from a different remittance under the same key. */
    @Column(name = "fingerprint", nullable = false)
    public String fingerprint;
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
    /** TAKEN or QUARANTINED. */
    @Column(name = "status", nullable = false)
    public String status;
    /** JSON or X12. */
    @Column(name = "source", nullable = false)
    public String source;
    @Column(name = "handling_code")
    public String handlingCode;
    @Column(name = "payer_name")
    public String payerName;
    @Column(name = "payee_name")
    public String payeeName;
    @Column(name = "payee_id")
    public String payeeId;
    @Column(name = "provider_adjustment_total", nullable = false, precision = 14, scale = 2)
    public BigDecimal providerAdjustmentTotal;
    @Column(name = "claim_count", nullable = false)
    public int claimCount;

    @ElementCollection
    @CollectionTable(name = "remittance_imbalance", joinColumns = @JoinColumn(name = "remittance_id"))
    @OrderColumn(name = "seq")
    public List<ImbalanceColumns> imbalances = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "provider_adjustment", joinColumns = @JoinColumn(name = "remittance_id"))
    @OrderColumn(name = "seq")
    public List<ProviderAdjustmentColumns> providerAdjustments = new ArrayList<>();
}
