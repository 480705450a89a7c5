package io.openrcm.claim.api;

import io.openrcm.claim.application.Payer;
import io.openrcm.claim.application.ReferenceDataService;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Payers claims can be billed to: list them, read one, create or replace one. */
@Path("/payers")
@Produces(MediaType.APPLICATION_JSON)
public class PayerResource {

    @Inject
    ReferenceDataService referenceData;

    @RolesAllowed({"biller", "administrator"})
    @GET
    @Operation(summary = "Every payer, by payer id")
    public List<PayerApi.PayerView> payers() {
        return referenceData.payers().stream().map(PayerApi.PayerView::of).toList();
    }

    @RolesAllowed({"biller", "administrator"})
    @GET
    @Path("/{payerId}")
    @Operation(summary = "One payer")
    public PayerApi.PayerView payer(@PathParam("payerId") String payerId) {
        return referenceData.payer(payerId).map(PayerApi.PayerView::of)
                .orElseThrow(() -> ProblemException.notFound("Payer", payerId));
    }

    @RolesAllowed("administrator")
    @PUT
    @Path("/{payerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace a payer, and scrub again the payer's claims waiting with SCRUB_FAILED, in"
            + " one transaction; 201 when created, 200 when replaced")
    public Response replace(@PathParam("payerId") String payerId, PayerApi.PayerRequest request) {
        if (request == null) {
            throw ProblemException.invalidRequest(List.of(new Violation("", "a JSON body is required")));
        }
        List<Violation> violations = request.violations(payerId);
        if (!violations.isEmpty()) {
            throw ProblemException.invalidRequest(violations);
        }
        ReferenceDataService.Saved<Payer> saved = referenceData.replacePayer(payerId, request.name().trim(),
                request.claimFilingIndicator(), request.timelyFilingDays(), request.settings(payerId), request.rules());
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(PayerApi.PayerView.of(saved.value())).build();
    }
}
