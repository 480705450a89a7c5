package io.openrcm.claim.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code acknowledgment}: a 999 or 277CA file received, by the hash of its content. */
@Entity
@Table(name = "acknowledgment")
public class AcknowledgmentEntity {

    @Id
    public UUID id;
    @Column(nullable = false)
    public String kind;
    @Column(name = "content_hash", nullable = false)
    public String contentHash;
    /** The JSON answer given when it was received (returned again for the same file). */
    @Column(nullable = false)
    public String summary;
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
