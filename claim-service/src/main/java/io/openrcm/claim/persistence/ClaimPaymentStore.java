package io.openrcm.claim.persistence;

import io.openrcm.claim.domain.PaymentPosting;
import io.openrcm.platform.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;

/** Records the payments applied to claims, at most once per payment id. */
@ApplicationScoped
public class ClaimPaymentStore {

    private final ClaimRowWriter writer;
    private final Sql sql;

    @Inject
    public ClaimPaymentStore(ClaimRowWriter writer, DataSource dataSource) {
        this.writer = writer;
        this.sql = new Sql(dataSource);
    }

    /** True when the payment was applied already. */
    public boolean isApplied(UUID paymentId) {
        return sql.first("SELECT 1 FROM claim_payment WHERE payment_id = ?", row -> row.uuid(paymentId),
                rs -> true).isPresent();
    }

    /** Records a payment applied to the claim at once, so a concurrent twin fails here on the payment id's key. */
    public void record(PaymentPosting posting, UUID claimId, UUID eventId, Instant at) {
        ClaimChanges changes = new ClaimChanges(writer);
        changes.recordPayment(posting, claimId, eventId, at);
        changes.write();
    }
}
