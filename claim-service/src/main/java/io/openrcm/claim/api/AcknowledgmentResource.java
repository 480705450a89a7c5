package io.openrcm.claim.api;

import io.openrcm.claim.application.AckOutcome;
import io.openrcm.claim.application.AcknowledgmentScope;
import io.openrcm.claim.application.AcknowledgmentService;
import io.openrcm.platform.audit.AuditEntry;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import io.openrcm.platform.security.Caller;
import io.openrcm.x12.X12ReadException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Payers' acknowledgments of our 837P files: 999 and 277CA, as raw X12, applied only to the caller's claims (a
 * biller's practices, a payer integration's payer).
 */
@Path("/acknowledgments")
public class AcknowledgmentResource {

    @Inject
    AcknowledgmentService acknowledgments;
    @Inject
    ClaimAccess access;

    @RolesAllowed({"biller", "payer-integration"})
    @POST
    @Consumes({SubmissionResource.EDI_X12, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply a 999 or 277CA: accepted claims move to ACCEPTED, rejected ones to REJECTED (work"
            + " queue) with the payer's codes; 201, or 200 when the same file was received before")
    public Response receive(String body) {
        if (body == null || body.isBlank()) {
            throw ProblemException.invalidRequest(List.of(new Violation("", "the body must be a 999 or 277CA file")));
        }
        try {
            Caller caller = access.caller();
            // A payer integration acknowledges its own payer's claims, a biller its practices' claims; each claim
            // changed is audited inside the transaction that changes it.
            boolean asPayer = caller.payerId().isPresent()
                    || (caller.hasRole("payer-integration") && !caller.hasRole("biller"));
            AcknowledgmentScope scope = new AcknowledgmentScope(asPayer
                    ? Optional.of(caller.payerId().orElse("")) : Optional.empty(), caller.practices());
            AcknowledgmentService.Received received = acknowledgments.receive(body, scope,
                    changed -> access.audit().changed(changed.stream().map(c -> new AuditEntry("claim.acknowledge",
                            ClaimAccess.CLAIM, c.id().toString(), c.details().patient().id(),
                            c.details().billingProviderNpi())).toList()));
            AckOutcome outcome = received.outcome();
            return Response.status(received.duplicate() ? Response.Status.OK : Response.Status.CREATED)
                    .entity(outcome).build();
        } catch (X12ReadException e) {
            String pointer = "/segment/" + e.segmentPosition() + (e.segmentTag() == null ? "" : "/" + e.segmentTag())
                    + (e.elementPosition() > 0 ? "/element/" + e.elementPosition() : "");
            throw new ProblemException(400, "invalid-x12", "The file is not a readable 999 or 277CA",
                    "segment " + e.segmentPosition() + (e.segmentTag() == null ? "" : " (" + e.segmentTag() + ")")
                            + ", element " + e.elementPosition() + ": " + e.getMessage(),
                    List.of(new Violation(pointer, e.getMessage())));
        }
    }
}
