package io.openrcm.claim.application;

import io.openrcm.claim.domain.ClaimStatus;
import io.openrcm.claim.domain.Finding;
import io.openrcm.claim.persistence.ClaimReadStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Read side of the work queue: the claims the scrubber stopped or the payer rejected. */
@ApplicationScoped
public class WorkQueueService {

    /** The statuses that wait in the work queue, in the order the summary lists them. */
    public static final List<ClaimStatus> TYPES = List.of(ClaimStatus.SCRUB_FAILED, ClaimStatus.REJECTED);

    private final ClaimReadStore claims;

    @Inject
    public WorkQueueService(ClaimReadStore claims) {
        this.claims = claims;
    }

    /** One page of waiting claims of one type (or both), of one payer (or all), oldest first. */
    @Transactional
    public Page items(ClaimStatus type, String payerId, int page, int size) {
        ClaimSummary.Page r = claims.workQueue(type == null ? TYPES : List.of(type), payerId, page, size);
        return new Page(r.items().stream().map(WorkQueueService::item).toList(), r.total(), page, size);
    }

    /** How many claims wait in each queue. */
    @Transactional
    public Map<String, Long> summary() {
        Map<String, Long> m = new LinkedHashMap<>();
        TYPES.forEach(t -> m.put(t.name(), claims.count(t)));
        return m;
    }

    private static Item item(ClaimSummary c) {
        return new Item(c.claimId(), c.status(), c.payerId(), c.billingProviderNpi(), c.dateOfService(),
                c.balance().totalCharge().amount().toPlainString(), c.frequencyCode(), c.findings(),
                c.workQueuedAt());
    }

    /** A page of the queue. */
    public record Page(List<Item> items, long total, int page, int size) {
    }

    /**
     * One waiting claim.
     *
     * @param claimId the claim
     * @param status SCRUB_FAILED or REJECTED
     * @param payerId its payer
     * @param billingProviderNpi its billing provider
     * @param dateOfService its date of service
     * @param totalCharge its charge
     * @param frequencyCode 1, 7 or 8
     * @param findings the scrub findings or the payer's reasons, each {code, message}
     * @param waitingSince when it entered the queue
     */
    public record Item(UUID claimId, ClaimStatus status, String payerId, String billingProviderNpi,
            LocalDate dateOfService, String totalCharge, String frequencyCode, List<Finding> findings,
            Instant waitingSince) {
    }
}
