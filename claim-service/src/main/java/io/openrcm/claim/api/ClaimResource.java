package io.openrcm.claim.api;

import io.openrcm.claim.application.ClaimQueryService;
import io.openrcm.claim.application.ClaimSummary;
import io.openrcm.claim.config.ClaimServiceConfig;
import io.openrcm.claim.domain.ClaimStatus;
import io.openrcm.platform.audit.AuditEntry;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Claims, read only: one claim with its lines, balance and history, or a filtered page. Claims are created from
 * coded encounters (events) and moved by 837P submissions, acknowledgments, the billing office's actions
 * ({@link ClaimActionResource}) and posted payments (events). Only claims of the caller's practices exist here: others
 * are left out of pages and answered 404 by id; every claim shown is audited.
 */
@Path("/claims")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimResource {

    @Inject
    ClaimQueryService queries;
    @Inject
    ClaimServiceConfig config;
    @Inject
    ClaimAccess access;

    @RolesAllowed({"biller", "revenue-manager"})
    @GET
    @Path("/{id}")
    @Operation(summary = "One claim with its lines, diagnoses, balance, status history and payments")
    public ClaimView claim(@PathParam("id") String id) {
        UUID claimId = QueryParams.uuid(id, "{id}", new ArrayList<>());
        if (claimId == null) {
            throw ProblemException.invalidRequest(List.of(new Violation("{id}", "the claim id is not a UUID")));
        }
        AuditEntry entry = access.require(claimId, "claim.read");
        ClaimView view = queries.claim(claimId, access.caller().practices()).map(ClaimViews::of)
                .orElseThrow(() -> ProblemException.notFound("Claim", claimId.toString()));
        access.audit().read(entry);
        return view;
    }

    @RolesAllowed({"biller", "revenue-manager"})
    @GET
    @Operation(summary = "Claims matching every filter given, newest date of service first, one page at a time")
    public ClaimPageView search(
            @Parameter(description = "a claim status, such as READY, SUBMITTED, REJECTED, PAID or DENIED") @QueryParam("status") String status,
            @Parameter(description = "payer id") @QueryParam("payerId") String payerId,
            @Parameter(description = "first date of service, inclusive (YYYY-MM-DD)") @QueryParam("from") String from,
            @Parameter(description = "last date of service, inclusive (YYYY-MM-DD)") @QueryParam("to") String to,
            @Parameter(description = "the encounter whose claim to find") @QueryParam("encounterId") String encounterId,
            @Parameter(description = "0-based page index, default 0") @QueryParam("page") String page,
            @Parameter(description = "page size, default 50, at most 500") @QueryParam("size") String size) {
        List<Violation> violations = new ArrayList<>();
        if (status != null && Arrays.stream(ClaimStatus.values()).noneMatch(s -> s.name().equals(status))) {
            violations.add(new Violation("?status", "status must be one of " + Arrays.toString(ClaimStatus.values())));
        }
        LocalDate fromDate = QueryParams.date(from, "?from", violations);
        LocalDate toDate = QueryParams.date(to, "?to", violations);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            violations.add(new Violation("?to", "to must not be before from"));
        }
        UUID encounter = QueryParams.uuid(encounterId, "?encounterId", violations);
        int pageIndex = QueryParams.integer(page, "?page", 0, 0, Integer.MAX_VALUE, violations);
        int pageSize = QueryParams.integer(size, "?size", config.page().defaultSize(), 1, config.page().maxSize(),
                violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalidRequest(violations);
        }
        ClaimSummary.Page result = queries.search(new ClaimSummary.Filter(encounter,
                status == null ? null : ClaimStatus.valueOf(status), payerId == null || payerId.isBlank() ? null
                        : payerId, fromDate, toDate, access.caller().practices()), pageIndex, pageSize);
        access.audit().read(result.items().stream().map(c -> new AuditEntry("claim.search", ClaimAccess.CLAIM,
                c.claimId().toString(), c.patientId(), c.billingProviderNpi())).toList());
        return ClaimViews.page(result, pageIndex, pageSize);
    }

    /** Parses query and path parameters, collecting violations instead of failing on the first. */
    static final class QueryParams {

        private QueryParams() {
        }

        static LocalDate date(String value, String pointer, List<Violation> violations) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                violations.add(new Violation(pointer, "not a date (YYYY-MM-DD): " + value));
                return null;
            }
        }

        static UUID uuid(String value, String pointer, List<Violation> violations) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return UUID.fromString(value.trim());
            } catch (IllegalArgumentException e) {
                violations.add(new Violation(pointer, "not a UUID: " + value));
                return null;
            }
        }

        static int integer(String value, String pointer, int defaultValue, int min, int max,
                List<Violation> violations) {
            if (value == null || value.isBlank()) {
                return defaultValue;
            }
            try {
                int parsed = Integer.parseInt(value.trim());
                if (parsed >= min && parsed <= max) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            violations.add(new Violation(pointer, "must be a whole number from " + min + " to " + max));
            return defaultValue;
        }
    }
}
