package io.openrcm.claim.persistence;

import io.openrcm.claim.application.ClaimRecord;
import io.openrcm.claim.application.ClaimSummary;
import io.openrcm.claim.domain.Balance;
import io.openrcm.claim.domain.ClaimStatus;
import io.openrcm.claim.domain.ReviewReason;
import io.openrcm.kernel.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import io.openrcm.claim.application.ClaimOwner;
import java.util.UUID;

/** Read side of the claim tables: one claim with its history and payments, pages of claim summaries. */
@ApplicationScoped
public class ClaimReadStore {

    private final ClaimRepository claims;
    private final ClaimStatusChangeRepository history;
    private final ClaimPaymentRepository payments;

    @Inject
    public ClaimReadStore(ClaimRepository claims, ClaimStatusChangeRepository history,
            ClaimPaymentRepository payments) {
        this.claims = claims;
        this.history = history;
        this.payments = payments;
    }

    /** The claim with its submissions count, status history and payments, if it is of one of the practices. */
    public Optional<ClaimRecord> claim(UUID claimId, Set<String> practices) {
        return claims.find("id = ?1 and billingProviderNpi in ?2", claimId, ClaimRepository.inList(practices))
                .firstResultOptional().map(e -> new ClaimRecord(ClaimStore.toDomain(e), e.submissionCount,
                e.lastSubmissionId, history.historyOf(claimId).stream().map(ClaimReadStore::change).toList(),
                payments.ofClaim(claimId).stream().map(ClaimReadStore::payment).toList()));
    }

    /** One page of the claims matching every filter, newest date of service first. */
    public ClaimSummary.Page search(ClaimSummary.Filter filter, int page, int size) {
        return summaries(claims.search(filter, page, size));
    }

    /** One page of the claims waiting in the given statuses or review reasons (of one payer or all), oldest first. */
    public ClaimSummary.Page workQueue(List<ClaimStatus> statuses, List<ReviewReason> reasons, String payerId,
            Set<String> practices, int page, int size) {
        return summaries(claims.workQueue(statuses, reasons, payerId, practices, page, size));
    }

    /** How many claims of the practices wait for review for the reason. */
    public long count(ReviewReason reason, Set<String> practices) {
        return claims.count("reviewReason = ?1 and billingProviderNpi in ?2", reason.name(),
                ClaimRepository.inList(practices));
    }

    /** The claims of these ids that exist and are of the practices, as summaries. */
    public List<ClaimSummary> ofIds(Collection<UUID> claimIds, Set<String> practices) {
        if (claimIds.isEmpty()) {
            return List.of();
        }
        return claims.list("id in ?1 and billingProviderNpi in ?2", List.copyOf(claimIds),
                ClaimRepository.inList(practices)).stream().map(ClaimReadStore::summary).toList();
    }

    /** How many claims of the practices are in the status. */
    public long count(ClaimStatus status, Set<String> practices) {
        return claims.count("status = ?1 and billingProviderNpi in ?2", status.name(),
                ClaimRepository.inList(practices));
    }

    /** The practice and patient of a claim, to decide whether the caller may act on it. */
    public Optional<ClaimOwner> owner(UUID claimId) {
        return claims.getEntityManager().createQuery("select new " + ClaimOwner.class.getName()
                + "(c.billingProviderNpi, c.patientId) from ClaimEntity c where c.id = :id", ClaimOwner.class)
                .setParameter("id", claimId).getResultStream().findFirst();
    }

    private static ClaimSummary.Page summaries(ClaimRepository.SearchResult r) {
        return new ClaimSummary.Page(r.items().stream().map(ClaimReadStore::summary).toList(), r.total());
    }

    private static ClaimSummary summary(ClaimEntity c) {
        return new ClaimSummary(c.id, c.encounterId, ClaimStatus.valueOf(c.status), c.payerId, c.billingProviderNpi,
                c.dateOfService, c.frequencyCode, new Balance(Money.of(c.totalCharge), Money.of(c.paidAmount),
                        Money.of(c.adjustmentAmount), Money.of(c.patientResponsibility)),
                FindingsJson.read(c.findings), c.createdAt, c.workQueuedAt,
                c.reviewReason == null ? null : ReviewReason.valueOf(c.reviewReason), c.patientId);
    }

    private static ClaimRecord.StatusChange change(ClaimStatusChangeEntity h) {
        return new ClaimRecord.StatusChange(h.fromStatus == null ? null : ClaimStatus.valueOf(h.fromStatus),
                ClaimStatus.valueOf(h.toStatus), h.reason, ClaimStore.split(h.reasonCodes), h.paymentId, h.changedAt);
    }

    private static ClaimRecord.AppliedPayment payment(ClaimPaymentEntity p) {
        return new ClaimRecord.AppliedPayment(p.paymentId, p.claimStatusCode, Money.of(p.paidAmount),
                Money.of(p.patientResponsibility), Money.of(p.adjustmentAmount), ClaimStore.split(p.reasonCodes),
                p.appliedAt);
    }
}
