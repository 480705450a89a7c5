package io.openrcm.claim.api;

import io.openrcm.claim.application.ClaimCorrectionRequest;
import io.openrcm.claim.application.ClaimQueryService;
import io.openrcm.claim.application.ConcurrentChanges;
import io.openrcm.claim.application.CorrectionService;
import io.openrcm.claim.domain.Claim;
import io.openrcm.platform.audit.AuditEntry;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * What a billing office does to one claim: scrub again, correct, replace, void, close. A change that races another
 * (the submission run, a payment) is tried once more, else answered 409 saying what happened to the claim. Only a
 * claim of the caller's practices can be changed (else 404); the actor is the signed-in caller, recorded with the
 * change in the audit trail.
 */
@Path("/claims/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimActionResource {

    @Inject
    CorrectionService corrections;
    @Inject
    ClaimQueryService queries;
    @Inject
    ConcurrentChanges concurrent;
    @Inject
    ClaimAccess access;

    @RolesAllowed("biller")
    @POST
    @Path("/scrub")
    @Operation(summary = "Scrub again (repriced from the fee schedule in effect); a clean claim leaves the work queue")
    public ClaimView scrub(@PathParam("id") String id) {
        UUID claimId = claimId(id);
        AuditEntry entry = access.require(claimId, "claim.scrub");
        return view(concurrent.retried(claimId, access.audited(entry, () -> corrections.rescrub(claimId))));
    }

    @RolesAllowed("biller")
    @PUT
    @Path("/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a claim the payer has not accepted yet (member id, rendering NPI, place of service,"
            + " line modifiers, units, diagnosis pointers) and scrub it again")
    public ClaimView correct(@PathParam("id") String id, ClaimCorrectionRequest request) {
        UUID claimId = claimId(id);
        AuditEntry entry = access.require(claimId, "claim.correct");
        validate(request, false);
        return view(concurrent.retried(claimId, access.audited(entry, () -> corrections.correct(claimId, request))));
    }

    @RolesAllowed("biller")
    @POST
    @Path("/replacement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a replacement claim (frequency 7, REF*F8) for an adjudicated claim; 201 with the new"
            + " claim, the original becomes CORRECTED")
    public Response replace(@PathParam("id") String id, ClaimCorrectionRequest request) {
        UUID claimId = claimId(id);
        AuditEntry entry = access.require(claimId, "claim.replace");
        ClaimCorrectionRequest r = request == null ? ClaimCorrectionRequest.none() : request;
        validate(r, true);
        return Response.status(Response.Status.CREATED).entity(view(concurrent.retried(claimId,
                access.audited(entry, () -> corrections.correctAdjudicated(claimId, false, r)))))
                .build();
    }

    @RolesAllowed("biller")
    @POST
    @Path("/void")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a void claim (frequency 8, REF*F8) for an adjudicated claim; 201 with the void claim,"
            + " the original becomes VOIDED")
    public Response voidClaim(@PathParam("id") String id, ClaimCorrectionRequest request) {
        UUID claimId = claimId(id);
        AuditEntry entry = access.require(claimId, "claim.void");
        String pcn = request == null ? null : request.payerClaimControlNumber();
        ClaimCorrectionRequest r = new ClaimCorrectionRequest(null, null, null, List.of(), pcn);
        validate(r, true);
        return Response.status(Response.Status.CREATED).entity(view(concurrent.retried(claimId,
                access.audited(entry, () -> corrections.correctAdjudicated(claimId, true, r)))))
                .build();
    }

    @RolesAllowed("biller")
    @POST
    @Path("/close")
    @Operation(summary = "Close a claim the billing office is done with")
    public ClaimView close(@PathParam("id") String id) {
        UUID claimId = claimId(id);
        AuditEntry entry = access.require(claimId, "claim.close");
        return view(concurrent.retried(claimId,
                access.audited(entry, () -> corrections.close(claimId, "closed by the billing office"))));
    }

    private ClaimView view(Claim claim) {
        return queries.claim(claim.id(), access.caller().practices()).map(ClaimViews::of).orElseThrow();
    }

    static UUID claimId(String id) {
        UUID claimId = ClaimResource.QueryParams.uuid(id, "{id}", new ArrayList<>());
        if (claimId == null) {
            throw ProblemException.invalidRequest(List.of(new Violation("{id}", "the claim id is not a UUID")));
        }
        return claimId;
    }

    static void validate(ClaimCorrectionRequest r, boolean correction) {
        if (r == null) {
            throw ProblemException.invalidRequest(List.of(new Violation("", "a JSON body is required")));
        }
        List<Violation> v = CorrectionRules.violations(r, correction);
        if (!v.isEmpty()) {
            throw ProblemException.invalidRequest(v);
        }
    }
}
