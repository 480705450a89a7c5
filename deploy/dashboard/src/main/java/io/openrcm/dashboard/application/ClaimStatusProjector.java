package io.openrcm.dashboard.application;

import io.openrcm.dashboard.domain.Figures;
import io.openrcm.dashboard.domain.PublishedChange;
import io.openrcm.dashboard.persistence.ProjectionRepository;
import io.openrcm.platform.tx.AfterCommit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Applies a batch of claim-status changes to the projection inside the consumer's transaction, and hands them to the
 * live stream only once that transaction has committed: a reader of the stream who then asks the summary sees them.
 */
@ApplicationScoped
public class ClaimStatusProjector {

    @Inject
    ProjectionRepository repository;
    @Inject
    ClaimStatusBroadcaster broadcaster;
    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * Applies the changes in their order; a change applied before (a replay) changes nothing and is not streamed
     * again.
     */
    public void applyAll(List<PublishedChange> batch) throws SQLException {
        List<OptionalLong> sequences = repository.applyAll(batch);
        List<Figures.FeedEntry> entries = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (sequences.get(i).isPresent()) {
                PublishedChange a = batch.get(i);
                entries.add(new Figures.FeedEntry(sequences.get(i).getAsLong(), a.change().claimId(),
                        a.change().payerId(), a.change().billingProviderNpi(), a.payload()));
            }
        }
        if (!entries.isEmpty()) {
            AfterCommit.run(transactions, () -> entries.forEach(broadcaster::publish));
        }
    }
}
