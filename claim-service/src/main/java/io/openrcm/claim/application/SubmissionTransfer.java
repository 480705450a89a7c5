package io.openrcm.claim.application;

import java.time.Instant;

/**
 * How a submission's 837P file travelled to the clearinghouse (or waits to).
 *
 * @param status PENDING (waits for its upload; its claims READY) or DELIVERED (its claims SUBMITTED)
 * @param connectionId the clearinghouse connection
 * @param fileName the remote file name, once delivered
 * @param size its size in bytes
 * @param sha256 its SHA-256, hex
 * @param deliveredAt when it arrived whole under its final name
 * @param attempts uploads tried
 * @param lastError why the last failed upload failed (cleared on delivery)
 */
public record SubmissionTransfer(String status, String connectionId, String fileName, Long size, String sha256,
        Instant deliveredAt, int attempts, String lastError) {
}
