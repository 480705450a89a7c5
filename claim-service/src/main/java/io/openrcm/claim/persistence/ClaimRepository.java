package io.openrcm.claim.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries on the {@code claim} table. */
@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<ClaimEntity, UUID> {

    /** True when the encounter already has its claim. */
    public boolean existsForEncounter(UUID encounterId) {
        return count("encounterId", encounterId) > 0;
    }

    public Optional<ClaimEntity> findByEncounter(UUID encounterId) {
        return find("encounterId", encounterId).firstResultOptional();
    }

    /**
     * One page of the claims that match every given filter, newest date of service first.
     *
     * @param filter the filters; null fields do not filter
     * @param page 0-based page index
     * @param size page size
     */
    public SearchResult search(ClaimFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (filter.encounterId() != null) {
            where.append(" and encounterId = :encounterId");
            params = params.and("encounterId", filter.encounterId());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params = params.and("status", filter.status());
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
     * Claim search filters; a null field does not filter.
     *
     * @param encounterId the encounter
     * @param status a status name
     * @param payerId a payer
     * @param from first date of service (inclusive)
     * @param to last date of service (inclusive)
     */
    public record ClaimFilter(UUID encounterId, String status, String payerId, LocalDate from, LocalDate to) {
    }

    /**
     * One page of claims and how many match in all.
     *
     * @param items the page
     * @param total matches across all pages
     */
    public record SearchResult(List<ClaimEntity> items, long total) {
    }
}
