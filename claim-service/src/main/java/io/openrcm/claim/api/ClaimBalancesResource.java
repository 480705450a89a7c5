package io.openrcm.claim.api;

import io.openrcm.claim.application.ClaimQueryService;
import io.openrcm.claim.application.ClaimSummary;
import io.openrcm.platform.audit.AuditEntry;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The applied balances of a batch of claims, for reimbursement-service's reconciliation of its ledger with the
 * claims: one request per few hundred claims instead of one per claim. A read, sent as POST because the batch of
 * ids does not fit a URL.
 */
@Path("/claims/balances")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimBalancesResource {

    /** The most claim ids one request may ask for. */
    static final int MAX_IDS = 1000;

    @Inject
    ClaimQueryService queries;
    @Inject
    ClaimAccess access;

    /**
     * The request: the claims to read.
     *
     * @param claimIds up to 1000 claim ids
     */
    public record Request(List<String> claimIds) {
    }

    /**
     * The answer: the balance of every claim that exists, and the ids that do not.
     *
     * @param items one per known claim, in the order asked
     * @param unknown the ids asked for that are no claim
     */
    public record Answer(List<Item> items, List<UUID> unknown) {
    }

    /**
     * One claim's status and applied totals, decimal strings with two decimals.
     *
     * @param claimId the claim
     * @param status its status
     * @param balance its charge, what was applied to it (paid, adjustments, patient responsibility) and what remains
     */
    public record Item(UUID claimId, String status, BalanceView balance) {
    }

    @RolesAllowed({"biller", "revenue-manager"})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Status and applied totals (paid, adjustments, patient responsibility) of up to 1000 claims")
    public Answer balances(Request request) {
        Set<UUID> ids = ids(request);
        // A claim of another practice is "unknown", exactly like one that does not exist.
        Map<UUID, ClaimSummary> found = queries.balances(ids, access.caller().practices()).stream()
                .collect(Collectors.toMap(ClaimSummary::claimId, Function.identity()));
        access.audit().read(found.values().stream().map(c -> new AuditEntry("claim.balance", ClaimAccess.CLAIM,
                c.claimId().toString(), c.patientId(), c.billingProviderNpi())).toList());
        List<Item> items = new ArrayList<>();
        List<UUID> unknown = new ArrayList<>();
        for (UUID id : ids) {
            ClaimSummary c = found.get(id);
            if (c == null) {
                unknown.add(id);
            } else {
                items.add(new Item(id, c.status().name(), ClaimViews.balance(c.balance())));
            }
        }
        return new Answer(items, unknown);
    }

    private static Set<UUID> ids(Request request) {
        if (request == null || request.claimIds() == null) {
            throw ProblemException.invalidRequest(
                    List.of(new Violation("/claimIds", "a list of claim ids is required")));
        }
        List<Violation> v = new ArrayList<>();
        if (request.claimIds().size() > MAX_IDS) {
            v.add(new Violation("/claimIds", "at most " + MAX_IDS + " claim ids per request"));
        }
        Set<UUID> ids = new LinkedHashSet<>();
        for (int i = 0; i < request.claimIds().size() && v.isEmpty(); i++) {
            try {
                ids.add(UUID.fromString(request.claimIds().get(i)));
            } catch (IllegalArgumentException | NullPointerException e) {
                v.add(new Violation("/claimIds/" + i, "not a UUID"));
            }
        }
        if (!v.isEmpty()) {
            throw ProblemException.invalidRequest(v);
        }
        return ids;
    }
}
