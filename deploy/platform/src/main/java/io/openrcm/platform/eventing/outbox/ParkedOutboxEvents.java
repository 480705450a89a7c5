package io.openrcm.platform.eventing.outbox;

import io.openrcm.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * What an operator does with the outbox rows the relay parked: list them, hand one back to the relay (replay), or
 * discard one with a reason. Each replay and discard is audited in {@code outbox_event_action}, in the same
 * transaction as the change.
 */
@ApplicationScoped
public class ParkedOutboxEvents {

    public static final String REPLAYED = "REPLAYED";
    public static final String DISCARDED = "DISCARDED";

    private static final Logger LOG = Logger.getLogger(ParkedOutboxEvents.class);
    private static final int MAX_LISTED = 500;

    private final ParkedOutboxRepository repository;
    private final Clock clock;

    @Inject
    public ParkedOutboxEvents(ParkedOutboxRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The parked rows waiting for an operator, oldest first. */
    public List<ParkedOutboxRow> list() throws SQLException {
        return repository.list(MAX_LISTED);
    }

    /**
     * Hands the row back to the relay, which publishes it with its next batch; if the broker refuses it again
     * (nothing was fixed), the relay parks it again with the new reason.
     */
    public ParkedOutboxRow replay(long id, String actor) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ParkedOutboxRow row = parkedOrFail(id);
            Instant now = clock.instant();
            repository.unpark(id);
            repository.audit(row, REPLAYED, actor, row.reason(), now);
            LOG.infof("Parked outbox row %d (%s) handed back to the relay by %s", id, row.eventType(), actor);
            return repository.lock(id).orElseThrow();
        });
    }

    /** Closes the row without publishing it; the reason is required and kept in the audit row. */
    public ParkedOutboxRow discard(long id, String actor, String reason) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ParkedOutboxRow row = parkedOrFail(id);
            Instant now = clock.instant();
            repository.discard(id, now);
            repository.audit(row, DISCARDED, actor, reason, now);
            LOG.infof("Parked outbox row %d (%s) discarded by %s", id, row.eventType(), actor);
            return repository.lock(id).orElseThrow();
        });
    }

    private ParkedOutboxRow parkedOrFail(long id) throws SQLException {
        ParkedOutboxRow row = repository.lock(id)
                .orElseThrow(() -> ProblemException.notFound("outbox row", Long.toString(id)));
        if (row.parkedAt() == null || row.discardedAt() != null) {
            throw ProblemException.conflict("outbox-row-not-parked", "outbox row " + id + " is not parked"
                    + (row.discardedAt() != null ? ": it was discarded at " + row.discardedAt() : ""));
        }
        return row;
    }
}
