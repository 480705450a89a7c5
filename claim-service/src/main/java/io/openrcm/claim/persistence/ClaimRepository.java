package io.openrcm.claim.persistence;

import io.openrcm.claim.application.ClaimSummary;
import io.openrcm.claim.domain.ClaimStatus;
import io.openrcm.claim.domain.Correction;
import io.openrcm.claim.domain.ReviewReason;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.FlushMode;
import org.hibernate.jpa.HibernateHints;

/** Queries on the {@code claim} table, used by {@link ClaimStore} and {@link ClaimReadStore}. */
@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<ClaimEntity, UUID> {

    /**
     * Every claim of the encounter :encounterId, original or correction, written so that the planner can answer it with
     * the two partial indexes on encounter_id (originals, corrections; V14_2); a plain "encounterId = :encounterId"
     * matches neither and reads the whole table.
     */
    static final String OF_ENCOUNTER = "(encounterId = :encounterId and frequencyCode = '" + Correction.ORIGINAL_CODE
            + "' or encounterId = :encounterId and frequencyCode <> '" + Correction.ORIGINAL_CODE + "')";

    /** True when the encounter already has its original claim. */
    /**
     * Whether the encounter has its original claim. Claims are inserted with a flush, so nothing pending can change
     * the answer: the query does not flush (and dirty-check) the consumer batch's claims first.
     */
    public boolean existsOriginalForEncounter(UUID encounterId) {
        return !getEntityManager().createQuery("select 1 from ClaimEntity where encounterId = ?1 and frequencyCode = ?2",
                Integer.class).setParameter(1, encounterId).setParameter(2, Correction.ORIGINAL_CODE)
                .setFlushMode(FlushModeType.COMMIT).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * An earlier live original claim for the same patient, billing provider, date of service and services; the
     * earlier one is the real one, so a claim is only ever a duplicate of an older claim.
     */
    public Optional<UUID> findEarlierDuplicate(String patientId, String billingProviderNpi, LocalDate dateOfService,
            String serviceSignature, UUID id, Instant createdAt) {
        return find("patientId = ?1 and billingProviderNpi = ?2 and dateOfService = ?3 and serviceSignature = ?4"
                + " and id <> ?5 and frequencyCode = ?7 and status <> ?8"
                + " and (createdAt < ?6 or (createdAt = ?6 and id < ?5))",
                patientId, billingProviderNpi, dateOfService, serviceSignature, id, createdAt,
                Correction.ORIGINAL_CODE, ClaimStatus.VOIDED.name())
                // Inserts and status updates are flushed as they happen; no need to flush the batch's claims first.
                .withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT)
                .firstResultOptional().map(e -> e.id);
    }

    /** Ids of the claims waiting with SCRUB_FAILED, optionally of one payer or billing provider, oldest first. */
    public List<UUID> waitingForScrub(String payerId, String billingProviderNpi) {
        StringBuilder where = new StringBuilder("status = :status");
        Parameters params = Parameters.with("status", ClaimStatus.SCRUB_FAILED.name());
        if (payerId != null) {
            where.append(" and payerId = :payer");
            params = params.and("payer", payerId);
        }
        if (billingProviderNpi != null) {
            where.append(" and billingProviderNpi = :npi");
            params = params.and("npi", billingProviderNpi);
        }
        return find(where.toString(), Sort.ascending("workQueuedAt", "id"), params).stream().map(c -> c.id)
                .toList();
    }

    /**
     * The practices as a JPQL IN list; an empty IN list is not valid everywhere, so a value no NPI holds stands for
     * "none": a caller without practices sees no claim.
     */
    static List<String> inList(Set<String> practices) {
        return practices.isEmpty() ? List.of("-") : List.copyOf(practices);
    }

    /** How many claims are in one status. */
    public long countStatus(ClaimStatus status) {
        return count("status", status.name());
    }

    /** How many claims wait for review for one reason. */
    public long countReview(ReviewReason reason) {
        return count("reviewReason", reason.name());
    }

    /** Claims waiting in the work queue in the given statuses or for the given review reasons, oldest first. */
    SearchResult workQueue(List<ClaimStatus> statuses, List<ReviewReason> reasons, String payerId,
            Set<String> practices, int page, int size) {
        // An empty IN list is not valid everywhere; a value no row holds stands for "none".
        List<String> s = statuses.isEmpty() ? List.of("-") : statuses.stream().map(ClaimStatus::name).toList();
        List<String> r = reasons.isEmpty() ? List.of("-") : reasons.stream().map(ReviewReason::name).toList();
        Parameters params = Parameters.with("statuses", s).and("reasons", r).and("practices", inList(practices));
        String where = "(status in :statuses or reviewReason in :reasons) and billingProviderNpi in :practices";
        if (payerId != null) {
            where += " and payerId = :payerId";
            params = params.and("payerId", payerId);
        }
        PanacheQuery<ClaimEntity> query = find(where, Sort.ascending("workQueuedAt", "id"), params);
        return new SearchResult(query.page(Page.of(page, size)).list(), query.count());
    }

    /**
     * One page of the claims that match every given filter, newest date of service first.
     *
     * @param filter the filters; null fields do not filter
     * @param page 0-based page index
     * @param size page size
     */
    SearchResult search(ClaimSummary.Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder("billingProviderNpi in :practices");
        Parameters params = Parameters.with("practices", inList(filter.practices()));
        if (filter.encounterId() != null) {
            where.append(" and ").append(OF_ENCOUNTER);
            params = params.and("encounterId", filter.encounterId());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params = params.and("status", filter.status().name());
        }
        if (filter.payerId() != null) {
            where.append(" and payerId = :payerId");
            params = params.and("payerId", filter.payerId());
        }
        if (filter.from() != null) {
            where.append(" and dateOfService >= :from");
            params = params.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and dateOfService <= :to");
            params = params.and("to", filter.to());
        }
        PanacheQuery<ClaimEntity> query = find(where.toString(),
                Sort.descending("dateOfService").and("createdAt", Sort.Direction.Descending).and("id"), params);
        long total = query.count();
        List<ClaimEntity> items = query.page(Page.of(page, size)).list();
        return new SearchResult(items, total);
    }

    /**
     * One page of claim rows and how many match in all.
     *
     * @param items the page
     * @param total matches across all pages
     */
    record SearchResult(List<ClaimEntity> items, long total) {
    }
}
