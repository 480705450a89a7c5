package io.openrcm.claim.api;

import io.openrcm.claim.application.CorrectionService;
import io.openrcm.claim.application.WorkQueueService;
import io.openrcm.claim.application.WorkQueueType;
import io.openrcm.claim.domain.Claim;
import io.openrcm.platform.audit.AuditEntry;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The billing office's work queue: claims the scrubber stopped (SCRUB_FAILED) or the payer rejected (REJECTED), and
 * money to look at: a credit balance to refund (CREDIT_BALANCE), a payment posted after close (POSTED_AFTER_CLOSE).
 */
@Path("/work-queue")
@Produces(MediaType.APPLICATION_JSON)
public class WorkQueueResource {

    @Inject
    WorkQueueService queue;
    @Inject
    CorrectionService corrections;
    @Inject
    ClaimAccess access;

    @RolesAllowed("biller")
    @GET
    @Operation(summary = "Claims waiting, oldest first, with their findings or the payer's reasons; type is one of"
            + " SCRUB_FAILED, REJECTED, CREDIT_BALANCE, POSTED_AFTER_CLOSE (all when absent)")
    public WorkQueueService.Page items(@QueryParam("type") String type, @QueryParam("payerId") String payerId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        List<Violation> v = new ArrayList<>();
        WorkQueueType waiting = WorkQueueType.named(type).orElse(null);
        if (type != null && waiting == null) {
            v.add(new Violation("?type", "type must be one of " + Arrays.toString(WorkQueueType.values())));
        }
        int p = ClaimResource.QueryParams.integer(page, "?page", 0, 0, Integer.MAX_VALUE, v);
        int s = ClaimResource.QueryParams.integer(size, "?size", 50, 1, 500, v);
        if (!v.isEmpty()) {
            throw ProblemException.invalidRequest(v);
        }
        WorkQueueService.Page items = queue.items(waiting, payerId == null || payerId.isBlank() ? null : payerId,
                access.caller().practices(), p, s);
        access.audit().read(items.items().stream().map(i -> new AuditEntry("work-queue.read", ClaimAccess.CLAIM,
                i.claimId().toString(), i.patientId(), i.billingProviderNpi())).toList());
        return items;
    }

    @RolesAllowed({"biller", "revenue-manager"})
    @GET
    @Path("/summary")
    @Operation(summary = "How many claims wait in each queue")
    public Map<String, Long> summary() {
        return queue.summary(access.caller().practices());
    }

    @RolesAllowed("biller")
    @POST
    @Path("/rescrub")
    @Operation(summary = "Scrub again every SCRUB_FAILED claim (of a payer or billing provider) after the reference"
            + " data was corrected; clean ones leave the queue")
    public Map<String, Object> rescrub(@QueryParam("payerId") String payerId,
            @QueryParam("billingProviderNpi") String npi) {
        // Only the caller's practices are scrubbed again: the one asked for (403 if not the caller's), else each.
        String onlyNpi = blankToNull(npi);
        if (onlyNpi != null) {
            access.caller().requirePractice(onlyNpi);
        }
        List<Claim> claims = new ArrayList<>();
        for (String practice : onlyNpi != null ? List.of(onlyNpi) : List.copyOf(access.caller().practices())) {
            claims.addAll(corrections.rescrubWaiting(blankToNull(payerId), practice));
        }
        long released = claims.stream().filter(c -> !c.status().isInWorkQueue()).count();
        return Map.of("scrubbed", claims.size(), "released", released, "stillWaiting", claims.size() - released);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
