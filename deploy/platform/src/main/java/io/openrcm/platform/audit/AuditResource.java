package io.openrcm.platform.audit;

import io.openrcm.platform.eventing.EventingConfig;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import jakarta.annotation.security.RolesAllowed;
import io.openrcm.platform.security.Caller;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The auditor's view of this service's audit trail, in every service through the platform jar: "who looked at this
 * patient's claims last month" is {@code GET /audit?patientId=P&from=2026-11-01&to=2026-11-30}. An auditor sees the
 * records of its own practices (and those of no practice) only.
 */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    static final int MAX_SIZE = 500;

    /** One page of audit records, newest first. */
    public record AuditPage(int page, int size, List<AuditEvent> records) {
    }

    @Inject
    AuditRepository repository;
    @Inject
    EventingConfig config;
    @Inject
    Caller caller;

    @GET
    @RolesAllowed("auditor")
    @Operation(summary = "Audit records matching every filter given, newest first, one page at a time")
    public AuditPage search(@QueryParam("patientId") String patientId, @QueryParam("action") String action,
            @QueryParam("subject") String subject, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) throws SQLException {
        List<Violation> violations = new ArrayList<>();
        Instant fromAt = instant(from, "?from", false, violations);
        Instant toAt = instant(to, "?to", true, violations);
        int pageIndex = page == null ? 0 : page;
        int pageSize = size == null ? 100 : size;
        if (pageIndex < 0) {
            violations.add(new Violation("?page", "must be 0 or more"));
        }
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            violations.add(new Violation("?size", "must be from 1 to " + MAX_SIZE));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalidRequest(violations);
        }
        AuditQuery query = new AuditQuery(blankToNull(patientId), blankToNull(action), blankToNull(subject), fromAt,
                toAt, pageIndex, pageSize, caller.practices());
        return new AuditPage(pageIndex, pageSize, repository.search(query, config.source()));
    }

    /** A date (the whole day: {@code to} is inclusive) or an ISO instant. */
    private static Instant instant(String value, String pointer, boolean endOfDay, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(new Violation(pointer, "not a date (YYYY-MM-DD) or an instant (ISO 8601, UTC)"));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
