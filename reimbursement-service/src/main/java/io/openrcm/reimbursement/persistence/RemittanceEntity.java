package io.openrcm.reimbursement.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Row of {@code remittance}: one payer payment, unique per payer and trace number. */
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
}
