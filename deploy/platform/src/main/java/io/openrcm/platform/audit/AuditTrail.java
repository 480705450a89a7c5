package io.openrcm.platform.audit;

import io.openrcm.platform.eventing.EventingConfig;
import io.openrcm.platform.eventing.Topics;
import io.openrcm.platform.eventing.outbox.Outbox;
import io.openrcm.platform.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes audit records: into {@code audit_record} and, through the outbox, onto {@link Topics#AUDIT_RECORDED}, in
 * one transaction. A change is audited inside the change's own transaction (both commit or neither); a read or a
 * refusal in a short transaction of its own. Never logs: the record is the trail.
 */
@ApplicationScoped
public class AuditTrail {

    /** Event type on the audit topic. */
    public static final String EVENT_TYPE = "AuditRecorded";

    private final AuditRepository repository;
    private final Outbox outbox;
    private final TransactionSynchronizationRegistry transactions;
    private final String source;

    @Inject
    public AuditTrail(AuditRepository repository, Outbox outbox, TransactionSynchronizationRegistry transactions,
            EventingConfig config) {
        this.repository = repository;
        this.outbox = outbox;
        this.transactions = transactions;
        this.source = config.source();
    }

    /**
     * Records entries inside the current transaction.
     *
     * @throws IllegalStateException outside a transaction: a change's audit must commit with the change
     */
    public List<AuditEvent> inTransaction(Caller caller, List<AuditEntry> entries, AuditOutcome outcome,
            Integer httpStatus, String correlationId) {
        return inTransaction(entries.stream().map(e -> new Attributed(caller, e, correlationId)).toList(), outcome,
                httpStatus);
    }

    /** One audited change with its own caller and correlation id. */
    public record Attributed(Caller caller, AuditEntry entry, String correlationId) {
    }

    /**
     * Records the changes of several requests that share the current transaction (a micro-batch), each with its own
     * caller and correlation id, with one insert and one outbox append for all of them.
     *
     * @throws IllegalStateException outside a transaction: a change's audit must commit with the change
     */
    public List<AuditEvent> inTransaction(List<Attributed> changes, AuditOutcome outcome, Integer httpStatus) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("The audit of a change must be written inside the change's transaction");
        }
        Instant now = Instant.now();
        List<AuditEvent> events = new ArrayList<>(changes.size());
        for (Attributed a : changes) {
            Caller caller = a.caller();
            AuditEntry e = a.entry();
            events.add(new AuditEvent(UUID.randomUUID(), now, source, caller.subject(), caller.username(),
                    caller.clientId(), caller.roles().stream().sorted().toList(), e.action(), e.resourceType(),
                    e.resourceId(), e.patientId(), e.practice(), outcome, httpStatus, a.correlationId()));
        }
        repository.insert(events);
        List<Outbox.NewEvent> published = new ArrayList<>(events.size());
        for (AuditEvent event : events) {
            // Keyed by patient where there is one, so one patient's trail stays in order on the topic.
            String key = event.patientId() != null ? event.patientId() : event.auditId().toString();
            published.add(new Outbox.NewEvent(Topics.AUDIT_RECORDED, "Audit", key, EVENT_TYPE, 1, event,
                    event.correlationId()));
        }
        outbox.appendAll(published);
        return events;
    }

    /** Records entries in a short transaction of their own: reads and refusals, which change nothing else. */
    public void separately(Caller caller, List<AuditEntry> entries, AuditOutcome outcome, Integer httpStatus,
            String correlationId) {
        if (entries.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew()
                .run(() -> inTransaction(caller, entries, outcome, httpStatus, correlationId));
    }
}
