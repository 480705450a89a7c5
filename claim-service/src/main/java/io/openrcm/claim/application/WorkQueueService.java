package io.openrcm.claim.application;

import io.openrcm.claim.domain.ClaimStatus;
import io.openrcm.claim.domain.Finding;
import io.openrcm.claim.domain.ReviewReason;
import io.openrcm.claim.persistence.ClaimReadStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Read side of the work queue: the claims the scrubber stopped or the payer rejected, and the claims whose money
 * waits for a person (a credit balance to refund, a payment posted after the claim was closed).
 */
@ApplicationScoped
public class WorkQueueService {

    private final ClaimReadStore claims;

    @Inject
    public WorkQueueService(ClaimReadStore claims) {
        this.claims = claims;
    }

    /** One page of waiting claims of one queue (or all), of one payer (or all), oldest first. */
    @Transactional
    public Page items(WorkQueueType type, String payerId, Set<String> practices, int page, int size) {
        List<WorkQueueType> types = type == null ? List.of(WorkQueueType.values()) : List.of(type);
        List<ClaimStatus> statuses = types.stream().map(WorkQueueType::status).filter(Objects::nonNull).toList();
        List<ReviewReason> reasons = types.stream().map(WorkQueueType::reviewReason).filter(Objects::nonNull)
                .toList();
        ClaimSummary.Page r = claims.workQueue(statuses, reasons, payerId, practices, page, size);
        return new Page(r.items().stream().map(WorkQueueService::item).toList(), r.total(), page, size);
    }

    /** How many claims of the practices wait in each queue, in the order of {@link WorkQueueType}. */
    @Transactional
    public Map<String, Long> summary(Set<String> practices) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (WorkQueueType t : WorkQueueType.values()) {
            m.put(t.name(), t.status() != null ? claims.count(t.status(), practices)
                    : claims.count(t.reviewReason(), practices));
        }
        return m;
    }

    private static Item item(ClaimSummary c) {
        return new Item(c.claimId(), c.status(), c.payerId(), c.billingProviderNpi(), c.dateOfService(),
                c.balance().totalCharge().amount().toPlainString(), c.frequencyCode(), c.findings(),
                c.workQueuedAt(), WorkQueueType.of(c), c.balance().paid().toString(),
                c.balance().credit().toString(), c.patientId());
    }

    /** A page of the queue. */
    public record Page(List<Item> items, long total, int page, int size) {
    }

    /**
     * One waiting claim.
     *
     * @param claimId the claim
     * @param status its status
     * @param payerId its payer
     * @param billingProviderNpi its billing provider
     * @param dateOfService its date of service
     * @param totalCharge its charge
     * @param frequencyCode 1, 7 or 8
     * @param findings the scrub findings or the payer's reasons, each {code, message}
     * @param waitingSince when it entered the queue
     * @param type the queue it waits in
     * @param paid paid by the payer so far
     * @param creditBalance what was posted beyond the charge, to refund ("0.00" when nothing)
     * @param patientId the patient's id (an id, never a name): what the audit of this page records
     */
    public record Item(UUID claimId, ClaimStatus status, String payerId, String billingProviderNpi,
            LocalDate dateOfService, String totalCharge, String frequencyCode, List<Finding> findings,
            Instant waitingSince, WorkQueueType type, String paid, String creditBalance, String patientId) {
    }
}
