package io.openrcm.claim.application;

import io.openrcm.kernel.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * One 837P interchange as sent.
 *
 * @param id its id
 * @param payerId the payer it went to
 * @param interchangeControlNumber ISA13
 * @param groupControlNumber GS06
 * @param claimCount claims in it
 * @param totalCharge their total charge
 * @param content the X12 file
 * @param createdAt when it was written
 */
public record Submission(UUID id, String payerId, int interchangeControlNumber, int groupControlNumber,
        int claimCount, Money totalCharge, String content, Instant createdAt) {
}
