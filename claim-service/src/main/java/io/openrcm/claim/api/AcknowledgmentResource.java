package io.openrcm.claim.api;

import io.openrcm.claim.application.AckOutcome;
import io.openrcm.claim.application.AcknowledgmentService;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
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
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Payers' acknowledgments of our 837P files: 999 and 277CA, as raw X12. */
@Path("/acknowledgments")
public class AcknowledgmentResource {

    @Inject
    AcknowledgmentService acknowledgments;

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
            AcknowledgmentService.Received received = acknowledgments.receive(body);
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
