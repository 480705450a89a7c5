package io.openrcm.dashboard.api;

import io.openrcm.dashboard.application.FeedQueries;
import io.openrcm.dashboard.config.DashboardConfig;
import io.openrcm.dashboard.domain.Figures;
import io.openrcm.kernel.Npi;
import io.openrcm.platform.audit.Audit;
import io.openrcm.platform.audit.AuditEntry;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import io.openrcm.platform.security.Caller;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The claim-status feed as Server-Sent Events, for dashboards that do not speak Kafka: only changes of the caller's
 * practices, replayed and live; asking for a provider the token does not carry is a 403.
 */
@Path("/claim-status/stream")
public class ClaimStatusStreamResource {

    @Inject
    StreamSessions sessions;
    @Inject
    FeedQueries queries;
    @Inject
    DashboardConfig config;
    @Inject
    Caller caller;
    @Inject
    Audit audit;

    @RolesAllowed("revenue-manager")
    @GET
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Every claim status change as it is applied: event claim-status, id = the feed's sequence,"
            + " data = the ClaimStatusChanged payload. Reconnecting with Last-Event-ID (or ?after=) sends what was"
            + " missed first.")
    public void stream(@Parameter(description = "only this payer's claims") @QueryParam("payerId") String payerId,
            @Parameter(description = "only this billing provider's claims") @QueryParam("providerNpi") String providerNpi,
            @Parameter(description = "start after this sequence number (e.g. a summary's lastSequence)")
            @QueryParam("after") String after,
            @HeaderParam("Last-Event-ID") String lastEventId, @Context SseEventSink sink, @Context Sse sse)
            throws SQLException {
        List<Violation> violations = new ArrayList<>();
        String payer = blankToNull(payerId);
        String npi = blankToNull(providerNpi);
        if (npi != null && !Npi.isValid(npi)) {
            violations.add(new Violation("?providerNpi", "must be a valid NPI (10 digits, check digit)"));
        }
        Long fromHeader = sequence(lastEventId, "Last-Event-ID", violations);
        Long fromQuery = sequence(after, "?after", violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalidRequest(violations);
        }
        if (npi != null) {
            caller.requirePractice(npi);
        }
        // Practices read once here: the stream outlives the request scope.
        Set<String> practices = Set.copyOf(caller.practices());
        audit.read(new AuditEntry("claim-status.stream", "ClaimStatusFeed", npi, null, npi));
        StreamSession session = sessions.open(sink, sse, payer, npi, practices);
        long now = queries.lastSequence();
        long start = fromHeader != null ? fromHeader : fromQuery != null ? fromQuery : now;
        if (start > now) {
            // A sequence this projection never reached (it was rebuilt): the reader's picture is from elsewhere.
            session.reset(now);
            return;
        }
        if (start == now) {
            session.start(start, List.of());
            return;
        }
        int limit = config.sse().replayLimit();
        List<Figures.FeedEntry> missed = queries.changesAfter(start, payer, npi, practices, limit + 1);
        if (missed.size() > limit) {
            session.reset(now);
        } else {
            session.start(start, missed);
        }
    }

    private static Long sequence(String value, String where, List<Violation> violations) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            long n = Long.parseLong(v);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(new Violation(where, "must be a sequence number (0 or more)"));
        return null;
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }
}
