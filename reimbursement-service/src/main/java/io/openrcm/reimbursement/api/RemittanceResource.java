package io.openrcm.reimbursement.api;

import io.openrcm.platform.audit.AuditEntry;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import io.openrcm.reimbursement.application.PostingResult;
import io.openrcm.reimbursement.application.RemittancePosting;
import io.openrcm.reimbursement.application.RemittanceQueries;
import io.openrcm.reimbursement.application.RemittanceView;
import io.openrcm.reimbursement.application.UnbalancedRemittanceException;
import io.openrcm.reimbursement.application.X12Acknowledgments;
import io.openrcm.reimbursement.domain.Remittance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** REST entry of remittances: take one (exactly once per payer and trace number), and read one back. */
@Path("/remittances")
@Produces(MediaType.APPLICATION_JSON)
public class RemittanceResource {

    @Inject
    RemittancePosting posting;
    @Inject
    RemittanceQueries queries;
    @Inject
    X12Intake x12;
    @Inject
    X12Acknowledgments acknowledgments;
    @Inject
    PaymentAccess access;

    /**
     * An X12 835 file (005010X221A1; several interchanges, groups and transaction sets allowed): 201 when anything new
     * was taken, 200 when every transaction set had been received before; 400 problem with the 999 when it is
     * broken, of another version or another transaction set. Every answer names its stored 999
     * (acknowledgmentId, GET /acknowledgments/{id}).
     */
    @RolesAllowed({"biller", "payer-integration"})
    @POST
    @Consumes({"application/edi-x12", MediaType.TEXT_PLAIN})
    public Response postX12(byte[] body) {
        return x12.take(body, access);
    }

    /** 201 with Location the first time; 200 with the same body for a resend; 400, 409 or 422 problems otherwise. */
    @RolesAllowed({"biller", "payer-integration"})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response post(RemittanceRequest body, @Context UriInfo uri) {
        Remittance remittance = RemittanceRequestReader.read(body);
        access.requirePoster(List.of(remittance));
        PostingResult result;
        try {
            // Audited inside the posting's transaction: the remittance and its audit records commit together.
            result = posting.post(remittance, taken -> access.audit().changed(access.entries("remittance.post", taken)));
        } catch (UnbalancedRemittanceException e) {
            throw ImbalanceProblems.of(e.imbalances());
        }
        RemittanceView response = result.remittance();
        if (!result.created()) {
            return Response.ok(response).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(response.remittanceId().toString()).build())
                .entity(response).build();
    }

    /** {@code { items, total }}: the quarantined remittances (status=QUARANTINED) of the caller's practices. */
    @RolesAllowed("biller")
    @GET
    public Map<String, Object> list(@QueryParam("status") String status) {
        if (!RemittanceView.Status.QUARANTINED.name().equals(status)) {
            throw ProblemException.invalidRequest(List.of(new Violation(
                    "?status", "must be QUARANTINED (remittances are read one by one otherwise)")));
        }
        List<RemittanceView> items = queries.quarantined(access.caller().practices(), 500);
        return Map.of("items", items, "total", items.size());
    }

    /** The remittance with the X12 errors accepted with it, or a 404 problem. */
    @RolesAllowed({"biller", "payer-integration"})
    @GET
    @Path("/{id}")
    public RemittanceDetail get(@PathParam("id") String id) {
        UUID remittanceId = AcknowledgmentResource.uuid(id, "Remittance");
        RemittanceView remittance = queries.remittance(remittanceId)
                .orElseThrow(() -> ProblemException.notFound("Remittance", id));
        access.requireRemittance(remittanceId, remittance.payerId(), "remittance.read");
        access.audit().read(access.entries("remittance.read", remittance));
        return new RemittanceDetail(remittance, acknowledgments.findingsOf(remittanceId));
    }

    /** The latest 999 that acknowledged the remittance (an X12 one), or a 404 problem. */
    @RolesAllowed({"biller", "payer-integration"})
    @GET
    @Path("/{id}/999")
    @Produces(AcknowledgmentResource.X12)
    @Operation(summary = "The latest 999 acknowledgment of the X12 file that brought this remittance")
    public String ack999(@PathParam("id") String id) {
        UUID remittanceId = AcknowledgmentResource.uuid(id, "Remittance");
        RemittanceView remittance = queries.remittance(remittanceId).orElseThrow(() -> {
            access.audit().notFound(AuditEntry.of("remittance.999.read", "Remittance", id));
            return ProblemException.notFound("Remittance", id);
        });
        access.requireRemittance(remittanceId, remittance.payerId(), "remittance.999.read");
        String ack = acknowledgments.ofRemittance(remittanceId)
                .orElseThrow(() -> ProblemException.notFound("999 of remittance", id));
        access.audit().read(access.entries("remittance.999.read", remittance));
        return ack;
    }
}
