package io.openrcm.claim.persistence;

import io.openrcm.claim.application.ClaimSummary;
import io.openrcm.claim.domain.Balance;
import io.openrcm.claim.domain.ClaimStatus;
import io.openrcm.claim.domain.Correction;
import io.openrcm.claim.domain.ReviewReason;
import io.openrcm.kernel.Money;
import io.openrcm.platform.persistence.Sql;
import io.openrcm.platform.persistence.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/** Queries on the {@code claim} table, used by {@link ClaimStore} and {@link ClaimReadStore}. */
@ApplicationScoped
public class ClaimRepository {

    /**
     * Every claim of the encounter (the parameter, bound twice), original or correction, written so that the planner
     * can answer it with the two partial indexes on encounter_id (originals, corrections; V14_2); a plain
     * "encounter_id = ?" matches neither and reads the whole table.
     */
    static final String OF_ENCOUNTER = "(encounter_id = ? AND frequency_code = '" + Correction.ORIGINAL_CODE
            + "' OR encounter_id = ? AND frequency_code <> '" + Correction.ORIGINAL_CODE + "')";
    /** The columns a {@link ClaimSummary} is made of, in the order {@link #summary} reads them. */
    static final String SUMMARY = "SELECT id, encounter_id, status, payer_id, billing_provider_npi, date_of_service,"
            + " frequency_code, total_charge, paid_amount, adjustment_amount, patient_responsibility, findings,"
            + " created_at, work_queued_at, review_reason, patient_id FROM claim";
    private static final String EARLIER_DUPLICATE = "SELECT id FROM claim WHERE patient_id = ?"
            + " AND billing_provider_npi = ? AND date_of_service = ? AND service_signature = ? AND id <> ?"
            + " AND frequency_code = '" + Correction.ORIGINAL_CODE + "' AND status <> '" + ClaimStatus.VOIDED.name()
            + "' AND (created_at < ? OR (created_at = ? AND id < ?))";
    private static final String QUEUE_ORDER = " ORDER BY work_queued_at, id";
    private static final String SEARCH_ORDER = " ORDER BY date_of_service DESC, created_at DESC, id";

    private final Sql sql;

    @Inject
    public ClaimRepository(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    /**
     * An earlier live original claim for the same patient, billing provider, date of service and services; the
     * earlier one is the real one, so a claim is only ever a duplicate of an older claim.
     */
    public Optional<UUID> findEarlierDuplicate(String patientId, String billingProviderNpi, LocalDate dateOfService,
            String serviceSignature, UUID id, Instant createdAt) {
        return sql.first(EARLIER_DUPLICATE, row -> row.string(patientId).string(billingProviderNpi)
                .date(dateOfService).string(serviceSignature).uuid(id).instant(createdAt).instant(createdAt).uuid(id),
                rs -> rs.getObject(1, UUID.class));
    }

    /** Ids of the claims waiting with SCRUB_FAILED, optionally of one payer or billing provider, oldest first. */
    public List<UUID> waitingForScrub(String payerId, String billingProviderNpi) {
        Where where = Where.of("status = ?", row -> row.string(ClaimStatus.SCRUB_FAILED.name()))
                .andEqualIfGiven("payer_id", payerId).andEqualIfGiven("billing_provider_npi", billingProviderNpi);
        return sql.list("SELECT id FROM claim WHERE " + where + QUEUE_ORDER, where,
                rs -> rs.getObject(1, UUID.class));
    }

    /** Claims waiting in the work queue in the given statuses or for the given review reasons, oldest first. */
    ClaimSummary.Page workQueue(List<ClaimStatus> statuses, List<ReviewReason> reasons, String payerId,
            Set<String> practices, int page, int size) {
        List<String> s = statuses.stream().map(ClaimStatus::name).toList();
        List<String> r = reasons.stream().map(ReviewReason::name).toList();
        Where where = Where.of("(status = ANY (?) OR review_reason = ANY (?))", row -> row.strings(s).strings(r))
                .and("billing_provider_npi = ANY (?)", row -> row.strings(practices))
                .andEqualIfGiven("payer_id", payerId);
        return page(where, QUEUE_ORDER, page, size);
    }

    /**
     * One page of the claims that match every given filter, newest date of service first.
     *
     * @param filter the filters; null fields do not filter
     * @param page 0-based page index
     * @param size page size
     */
    ClaimSummary.Page search(ClaimSummary.Filter filter, int page, int size) {
        Where where = Where.of("billing_provider_npi = ANY (?)", row -> row.strings(filter.practices()));
        if (filter.encounterId() != null) {
            where.and(OF_ENCOUNTER, row -> row.uuid(filter.encounterId()).uuid(filter.encounterId()));
        }
        if (filter.status() != null) {
            where.and("status = ?", row -> row.string(filter.status().name()));
        }
        where.andEqualIfGiven("payer_id", filter.payerId());
        if (filter.from() != null) {
            where.and("date_of_service >= ?", row -> row.date(filter.from()));
        }
        if (filter.to() != null) {
            where.and("date_of_service <= ?", row -> row.date(filter.to()));
        }
        return page(where, SEARCH_ORDER, page, size);
    }

    /** How many claims of the practices are in the status. */
    long count(ClaimStatus status, Set<String> practices) {
        return sql.count("SELECT COUNT(*) FROM claim WHERE status = ? AND billing_provider_npi = ANY (?)",
                row -> row.string(status.name()).strings(practices));
    }

    /** How many claims of the practices wait for review for the reason. */
    long count(ReviewReason reason, Set<String> practices) {
        return sql.count("SELECT COUNT(*) FROM claim WHERE review_reason = ? AND billing_provider_npi = ANY (?)",
                row -> row.string(reason.name()).strings(practices));
    }

    /** The claims of these ids that exist and are of the practices, as summaries. */
    List<ClaimSummary> summaries(Collection<UUID> claimIds, Set<String> practices) {
        return sql.list(SUMMARY + " WHERE id = ANY (?) AND billing_provider_npi = ANY (?)",
                row -> row.uuids(claimIds).strings(practices), ClaimRepository::summary);
    }

    /** The submissions count and the last submission of a claim of the practices; empty when there is none. */
    Optional<Submissions> submissions(UUID claimId, Set<String> practices) {
        return sql.first("SELECT submission_count, last_submission_id FROM claim WHERE id = ?"
                + " AND billing_provider_npi = ANY (?)", row -> row.uuid(claimId).strings(practices),
                rs -> new Submissions(rs.getInt(1), rs.getObject(2, UUID.class)));
    }

    /** The practice and patient of a claim. */
    <T> Optional<T> owner(UUID claimId, Sql.Reader<T> reader) {
        return sql.first("SELECT billing_provider_npi, patient_id FROM claim WHERE id = ?", row -> row.uuid(claimId),
                reader);
    }

    private ClaimSummary.Page page(Where where, String order, int page, int size) {
        long total = sql.count("SELECT COUNT(*) FROM claim WHERE " + where, where);
        List<ClaimSummary> items = sql.list(SUMMARY + " WHERE " + where + order + " LIMIT ? OFFSET ?", row -> {
            where.bind(row);
            row.integer(size).bigint((long) page * size);
        }, ClaimRepository::summary);
        return new ClaimSummary.Page(items, total);
    }

    /** The summary of a row read with {@link #SUMMARY}'s columns. */
    static ClaimSummary summary(ResultSet rs) throws SQLException {
        String review = rs.getString(15);
        return new ClaimSummary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                ClaimStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                rs.getObject(6, LocalDate.class), rs.getString(7), new Balance(Money.of(rs.getBigDecimal(8)),
                        Money.of(rs.getBigDecimal(9)), Money.of(rs.getBigDecimal(10)), Money.of(rs.getBigDecimal(11))),
                FindingsJson.read(rs.getString(12)), Sql.instant(rs, 13), Sql.instant(rs, 14),
                review == null ? null : ReviewReason.valueOf(review), rs.getString(16));
    }

    /**
     * A claim's submissions.
     *
     * @param count how many times it was sent
     * @param lastSubmissionId the last submission that carried it; null before the first
     */
    record Submissions(int count, UUID lastSubmissionId) {
    }
}
