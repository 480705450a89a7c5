package io.openrcm.platform.audit;

import io.openrcm.platform.security.Caller;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a REST resource calls to audit the request it serves: reads, changes, and the target of the request so that a
 * refusal later in the request (a practice the token lacks) is audited with its resource, patient and practice.
 */
@RequestScoped
public class Audit {

    static final String TARGET = "rcm.audit.target";
    static final String CORRELATION = "rcm.audit.correlation-id";
    static final String CORRELATION_HEADER = "X-Correlation-Id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Inject
    Caller caller;
    @Inject
    AuditTrail trail;
    @Inject
    RoutingContext request;

    /** Records successful reads of patient data, in a short transaction of their own. */
    public void read(List<AuditEntry> entries) {
        trail.separately(caller, entries, AuditOutcome.SUCCESS, 200, correlationId());
    }

    public void read(AuditEntry entry) {
        read(List.of(entry));
    }

    /** Records a change; call it inside the change's transaction. */
    public void changed(AuditEntry entry) {
        changed(List.of(entry));
    }

    /** Records the changes of one transaction (a batch, a file); call it inside that transaction. */
    public void changed(List<AuditEntry> entries) {
        if (!entries.isEmpty()) {
            trail.inTransaction(caller, entries, AuditOutcome.SUCCESS, null, correlationId());
        }
    }

    /** Records attempts refused inside an answer that is not itself a refusal (items of a batch). */
    public void refused(List<AuditEntry> entries, int httpStatus) {
        trail.separately(caller, entries, AuditOutcome.REFUSED, httpStatus, correlationId());
    }

    /** Records an id asked for that is absent or of another practice: the caller is told 404 either way. */
    public void notFound(AuditEntry entry) {
        trail.separately(caller, List.of(entry), AuditOutcome.NOT_FOUND, 404, correlationId());
    }

    /** Names what this request is about; a refusal of the request is audited with it. */
    public void target(AuditEntry entry) {
        request.put(TARGET, entry);
    }

    /** The request's correlation id: the caller's {@code X-Correlation-Id} when it is safe, else one made here. */
    public String correlationId() {
        return correlationIdOf(request);
    }

    static String correlationIdOf(RoutingContext rc) {
        String known = rc.get(CORRELATION);
        if (known != null) {
            return known;
        }
        String header = rc.request().getHeader(CORRELATION_HEADER);
        String id = header != null && SAFE.matcher(header).matches() ? header : UUID.randomUUID().toString();
        rc.put(CORRELATION, id);
        return id;
    }
}
