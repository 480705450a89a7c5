package io.openrcm.claim.api;

import io.openrcm.claim.application.ReferenceDataService;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
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
    @Inject
    io.openrcm.claim.application.CorrectionService corrections;

    @GET
    @Operation(summary = "Every payer, by payer id")
    public List<PayerApi.PayerView> payers() {
        return referenceData.payers().stream().map(PayerApi.PayerView::of).toList();
    }

    @GET
    @Path("/{payerId}")
    @Operation(summary = "One payer")
    public PayerApi.PayerView payer(@PathParam("payerId") String payerId) {
        return referenceData.payer(payerId).map(PayerApi.PayerView::of)
                .orElseThrow(() -> ProblemException.notFound("Payer", payerId));
    }

    @PUT
    @Path("/{payerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace a payer; 201 when created, 200 when replaced")
    public Response replace(@PathParam("payerId") String payerId, PayerApi.PayerRequest request) {
        if (request == null) {
            throw ProblemException.invalidRequest(List.of(new Violation("", "a JSON body is required")));
        }
        List<Violation> violations = request.violations(payerId);
        if (!violations.isEmpty()) {
            throw ProblemException.invalidRequest(violations);
        }
        boolean created = referenceData.replacePayer(payerId, request.name().trim(), request.claimFilingIndicator(),
                request.timelyFilingDays(), request.settings(payerId), request.rules());
        // Claims this data stopped are scrubbed again with it: a correction releases them from the work queue.
        corrections.rescrubWaiting(payerId, null);
        PayerApi.PayerView view = referenceData.payer(payerId).map(PayerApi.PayerView::of).orElseThrow();
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK).entity(view).build();
    }
}
