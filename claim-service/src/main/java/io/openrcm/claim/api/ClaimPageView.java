package io.openrcm.claim.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One page of {@code GET /claims}.
 *
 * @param items the claims on this page
 * @param page the 0-based page index
 * @param size the page size asked for
 * @param total how many claims match across all pages
 */
public record ClaimPageView(List<Item> items, int page, int size, long total) {

    /** A claim in a list. */
    public record Item(UUID claimId, UUID encounterId, String status, String payerId, String billingProviderNpi,
            LocalDate dateOfService, String totalCharge, String outstanding, Instant createdAt) {
    }
}
