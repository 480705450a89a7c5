package io.openrcm.claim.application;

import io.openrcm.claim.domain.Finding;
import io.openrcm.claim.persistence.ClaimEntity;
import io.openrcm.claim.persistence.ClaimRepository;
import io.openrcm.claim.persistence.FindingsJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Read side of the work queue. */
@ApplicationScoped
public class WorkQueueService {

    public static final List<String> TYPES = List.of("SCRUB_FAILED", "REJECTED");

    private final ClaimRepository claims;

    @Inject
    public WorkQueueService(ClaimRepository claims) {
        this.claims = claims;
    }

    @Transactional
    public Page items(String type, String payerId, int page, int size) {
        ClaimRepository.SearchResult r = claims.workQueue(type == null ? TYPES : List.of(type), payerId, page, size);
        return new Page(r.items().stream().map(WorkQueueService::item).toList(), r.total(), page, size);
    }

    @Transactional
    public Map<String, Long> summary() {
        Map<String, Long> m = new LinkedHashMap<>();
        TYPES.forEach(t -> m.put(t, claims.countStatus(t)));
        return m;
    }

    private static Item item(ClaimEntity c) {
        return new Item(c.id, c.status, c.payerId, c.billingProviderNpi, c.dateOfService,
                c.totalCharge.setScale(2).toPlainString(), c.frequencyCode, FindingsJson.read(c.findings),
                c.workQueuedAt);
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
    public record Item(UUID claimId, String status, String payerId, String billingProviderNpi,
            LocalDate dateOfService, String totalCharge, String frequencyCode, List<Finding> findings,
            Instant waitingSince) {
    }
}
