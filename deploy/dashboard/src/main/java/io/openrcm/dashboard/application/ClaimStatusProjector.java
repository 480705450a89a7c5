package io.openrcm.dashboard.application;

import io.openrcm.dashboard.domain.ClaimStatusChange;
import io.openrcm.dashboard.domain.Figures;
import io.openrcm.dashboard.persistence.ProjectionRepository;
import io.openrcm.platform.tx.AfterCommit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.util.OptionalLong;

/**
 * Applies a claim-status change to the projection inside the consumer's transaction, and hands it to the live
 * stream only once that transaction has committed: a reader of the stream who then asks the summary sees the change.
 */
@ApplicationScoped
public class ClaimStatusProjector {

    @Inject
    ProjectionRepository repository;
    @Inject
    ClaimStatusBroadcaster broadcaster;
    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Applies the change; a change applied before (a replay) changes nothing and is not streamed again. */
    public void apply(ClaimStatusChange change, String payload) throws SQLException {
        OptionalLong sequence = repository.apply(change, payload);
        if (sequence.isEmpty()) {
            return;
        }
        Figures.FeedEntry entry = new Figures.FeedEntry(sequence.getAsLong(), change.claimId(), change.payerId(),
                change.billingProviderNpi(), payload);
        AfterCommit.run(transactions, () -> broadcaster.publish(entry));
    }
}
