package io.openrcm.claim.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Row of the {@code submission} table: one 837P interchange as sent. */
@Entity
@Table(name = "submission")
public class SubmissionEntity {

    @Id
    public UUID id;
    @Column(name = "payer_id", nullable = false)
    public String payerId;
    @Column(name = "interchange_control_number", nullable = false)
    public int interchangeControlNumber;
    @Column(name = "group_control_number", nullable = false)
    public int groupControlNumber;
    @Column(name = "claim_count", nullable = false)
    public int claimCount;
    @Column(name = "total_charge", nullable = false, precision = 14, scale = 2)
    public BigDecimal totalCharge;
    @Column(nullable = false)
    public String content;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    /** SENT (handed over by hand), PENDING (waits for its upload to the clearinghouse) or DELIVERED. */
    @Column(name = "delivery_status", nullable = false)
    public String deliveryStatus = "SENT";
    @Column(name = "connection_id")
    public String connectionId;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "file_size")
    public Long fileSize;
    @Column(name = "file_sha256")
    public String fileSha256;
    @Column(name = "delivered_at")
    public Instant deliveredAt;
    @Column(name = "delivery_attempts", nullable = false)
    public int deliveryAttempts;
    @Column(name = "last_delivery_error")
    public String lastDeliveryError;
}
