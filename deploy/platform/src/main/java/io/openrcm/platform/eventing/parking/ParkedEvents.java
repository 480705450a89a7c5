package io.openrcm.platform.eventing.parking;

import io.openrcm.platform.eventing.consumer.ConsumerSupervisor;
import io.openrcm.platform.eventing.consumer.FailureClassifier;
import io.openrcm.platform.eventing.consumer.ParkedRecords;
import io.openrcm.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * What an operator does with parked events: list them, replay one through the consumer's own handler, or discard
 * one with a reason. Every replay and discard is audited in {@code parked_event_action}.
 */
@ApplicationScoped
public class ParkedEvents {

    private static final Logger LOG = Logger.getLogger(ParkedEvents.class);
    private static final int MAX_LISTED = 500;

    private final ParkedEventRepository repository;
    private final ConsumerSupervisor consumers;
    private final Clock clock;

    @Inject
    public ParkedEvents(ParkedEventRepository repository, ConsumerSupervisor consumers, Clock clock) {
        this.repository = repository;
        this.consumers = consumers;
        this.clock = clock;
    }

    /** The newest first, optionally of one consumer and one status. */
    public List<ParkedEvent> list(String consumer, String status) throws SQLException {
        return repository.list(consumer, status, MAX_LISTED);
    }

    /**
     * Re-applies the event through its consumer's handler in one transaction with its resolution and audit row.
     * A replay that fails changes nothing but the row's attempts and reason, and answers 422 with the reason.
     */
    public ParkedEvent replay(long id, String actor) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                ParkedEvent parked = openOrFail(id);
                consumers.applyInCurrentTransaction(parked.consumer(), ParkedRecords.toRecord(parked))
                        .orElseThrow(() -> ProblemException.conflict("unknown-consumer", "parked event " + id
                                + " belongs to consumer " + parked.consumer() + ", which this service does not run"));
                Instant now = clock.instant();
                repository.resolve(id, ParkedEvent.REPLAYED, now);
                repository.audit(id, ParkedEvent.REPLAYED, actor, null, now);
                LOG.infof("Parked event %d (%s) replayed by %s", id, parked.consumer(), actor);
                return repository.lock(id).orElseThrow();
            });
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            Throwable cause = e instanceof QuarkusTransactionException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof ProblemException problem) {
                throw problem;
            }
            String reason = FailureClassifier.describe(cause);
            QuarkusTransaction.requiringNew().run(() -> {
                try {
                    Instant now = clock.instant();
                    repository.failedAgain(id, reason, now);
                    repository.audit(id, "REPLAY_FAILED", actor, reason, now);
                } catch (SQLException sql) {
                    throw new IllegalStateException("could not record the failed replay of parked event " + id, sql);
                }
            });
            throw ProblemException.unprocessable("replay-failed", "The replay failed", "parked event " + id
                    + " failed again and stays parked: " + reason, List.of());
        }
    }

    /** Closes the event without applying it; the reason is required and kept in the audit row. */
    public ParkedEvent discard(long id, String actor, String reason) {
        return QuarkusTransaction.requiringNew().call(() -> {
            openOrFail(id);
            Instant now = clock.instant();
            repository.resolve(id, ParkedEvent.DISCARDED, now);
            repository.audit(id, ParkedEvent.DISCARDED, actor, reason, now);
            LOG.infof("Parked event %d discarded by %s", id, actor);
            return repository.lock(id).orElseThrow();
        });
    }

    private ParkedEvent openOrFail(long id) throws SQLException {
        ParkedEvent parked = repository.lock(id)
                .orElseThrow(() -> ProblemException.notFound("parked event", Long.toString(id)));
        if (!ParkedEvent.PARKED.equals(parked.status())) {
            throw ProblemException.conflict("parked-event-resolved", "parked event " + id + " was already "
                    + parked.status().toLowerCase() + " at " + parked.resolvedAt());
        }
        return parked;
    }
}
