package io.openrcm.reimbursement.api;

import io.openrcm.platform.audit.AuditEntry;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.reimbursement.application.X12Acknowledgments;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The stored 999s: each X12 file taken or refused got one, fetched again here by the id its answer gave, by a caller
 * who may read every remittance it acknowledged (a refused file's: its poster); every read audited.
 */
@Path("/acknowledgments")
public class AcknowledgmentResource {

    static final String X12 = "application/edi-x12";

    @Inject
    X12Acknowledgments acknowledgments;
    @Inject
    PaymentAccess access;

    /** The 999, or a 404 problem. */
    @RolesAllowed({"biller", "payer-integration"})
    @GET
    @Path("/{id}")
    @Produces(X12)
    @Operation(summary = "A 999 acknowledgment as it was sent back (acknowledgmentId of a POST /remittances answer)")
    public String get(@PathParam("id") String id) {
        UUID acknowledgmentId = uuid(id, "Acknowledgment");
        access.requireAcknowledgment(acknowledgmentId, acknowledgments.origin(acknowledgmentId).orElseThrow(() -> {
            access.audit().notFound(AuditEntry.of("acknowledgment.read", "Acknowledgment", id));
            return ProblemException.notFound("Acknowledgment", id);
        }));
        return acknowledgments.content(acknowledgmentId)
                .orElseThrow(() -> ProblemException.notFound("Acknowledgment", id));
    }

    static UUID uuid(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound(what, id);
        }
    }
}
