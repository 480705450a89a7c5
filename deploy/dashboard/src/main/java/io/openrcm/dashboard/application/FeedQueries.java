package io.openrcm.dashboard.application;

import io.openrcm.dashboard.domain.Figures;
import io.openrcm.dashboard.persistence.ProjectionQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/** Reads of the claim-status feed the projection keeps: what the live stream replays and the latest changes. */
@ApplicationScoped
public class FeedQueries {

    private final ProjectionQueries queries;

    @Inject
    public FeedQueries(ProjectionQueries queries) {
        this.queries = queries;
    }

    /** The sequence number of the last change applied; 0 before any. */
    public long lastSequence() throws SQLException {
        return queries.lastSequence();
    }

    /** Changes after a sequence number, oldest first, optionally of one payer or billing provider. */
    public List<Figures.FeedEntry> changesAfter(long sequence, String payerId, String providerNpi,
            Set<String> practices, int limit) throws SQLException {
        return queries.changesAfter(sequence, payerId, providerNpi, practices, limit);
    }

    /** The latest changes of the practices, newest first. */
    public List<Figures.FeedEntry> recent(int limit, Set<String> practices) throws SQLException {
        return queries.recent(limit, practices);
    }
}
