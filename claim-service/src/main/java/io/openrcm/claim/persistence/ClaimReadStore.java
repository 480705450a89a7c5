package io.openrcm.claim.persistence;

import io.openrcm.claim.application.ClaimOwner;
import io.openrcm.claim.application.ClaimRecord;
import io.openrcm.claim.application.ClaimSummary;
import io.openrcm.claim.domain.ClaimStatus;
import io.openrcm.claim.domain.ReviewReason;
import io.openrcm.kernel.Money;
import io.openrcm.platform.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/** Read side of the claim tables: one claim with its history and payments, pages of claim summaries. */
@ApplicationScoped
public class ClaimReadStore {

    private static final String HISTORY = "SELECT from_status, to_status, reason, reason_codes, payment_id,"
            + " changed_at FROM claim_status_change WHERE claim_id = ? ORDER BY id";
    private static final String PAYMENTS = "SELECT payment_id, claim_status_code, paid_amount,"
            + " patient_responsibility, adjustment_amount, reason_codes, applied_at FROM claim_payment"
            + " WHERE claim_id = ? ORDER BY applied_at, payment_id";

    private final ClaimRepository claims;
    private final ClaimRowReader rows;
    private final Sql sql;

    @Inject
    public ClaimReadStore(ClaimRepository claims, ClaimRowReader rows, DataSource dataSource) {
        this.claims = claims;
        this.rows = rows;
        this.sql = new Sql(dataSource);
    }

    /** The claim with its submissions count, status history and payments, if it is of one of the practices. */
    public Optional<ClaimRecord> claim(UUID claimId, Set<String> practices) {
        return claims.submissions(claimId, practices).flatMap(s -> Optional.ofNullable(
                rows.read(List.of(claimId), false).get(claimId)).map(claim -> new ClaimRecord(claim, s.count(),
                        s.lastSubmissionId(), sql.list(HISTORY, row -> row.uuid(claimId), ClaimReadStore::change),
                        sql.list(PAYMENTS, row -> row.uuid(claimId), ClaimReadStore::payment))));
    }

    /** One page of the claims matching every filter, newest date of service first. */
    public ClaimSummary.Page search(ClaimSummary.Filter filter, int page, int size) {
        return claims.search(filter, page, size);
    }

    /** One page of the claims waiting in the given statuses or review reasons (of one payer or all), oldest first. */
    public ClaimSummary.Page workQueue(List<ClaimStatus> statuses, List<ReviewReason> reasons, String payerId,
            Set<String> practices, int page, int size) {
        return claims.workQueue(statuses, reasons, payerId, practices, page, size);
    }

    /** How many claims of the practices wait for review for the reason. */
    public long count(ReviewReason reason, Set<String> practices) {
        return claims.count(reason, practices);
    }

    /** The claims of these ids that exist and are of the practices, as summaries. */
    public List<ClaimSummary> ofIds(Collection<UUID> claimIds, Set<String> practices) {
        return claimIds.isEmpty() ? List.of() : claims.summaries(claimIds, practices);
    }

    /** How many claims of the practices are in the status. */
    public long count(ClaimStatus status, Set<String> practices) {
        return claims.count(status, practices);
    }

    /** The practice and patient of a claim, to decide whether the caller may act on it. */
    public Optional<ClaimOwner> owner(UUID claimId) {
        return claims.owner(claimId, rs -> new ClaimOwner(rs.getString(1), rs.getString(2)));
    }

    private static ClaimRecord.StatusChange change(ResultSet rs) throws SQLException {
        String from = rs.getString(1);
        return new ClaimRecord.StatusChange(from == null ? null : ClaimStatus.valueOf(from),
                ClaimStatus.valueOf(rs.getString(2)), rs.getString(3), ClaimRowMapper.split(rs.getString(4)),
                rs.getObject(5, UUID.class), Sql.instant(rs, 6));
    }

    private static ClaimRecord.AppliedPayment payment(ResultSet rs) throws SQLException {
        return new ClaimRecord.AppliedPayment(rs.getObject(1, UUID.class), rs.getString(2),
                Money.of(rs.getBigDecimal(3)), Money.of(rs.getBigDecimal(4)), Money.of(rs.getBigDecimal(5)),
                ClaimRowMapper.split(rs.getString(6)), Sql.instant(rs, 7));
    }
}
