package io.openrcm.claim.api;

import io.openrcm.claim.application.Provider;
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

/** Billing and rendering providers: list them, read one, create or replace one. */
@Path("/providers")
@Produces(MediaType.APPLICATION_JSON)
public class ProviderResource {

    @Inject
    ReferenceDataService referenceData;

    @RolesAllowed({"biller", "administrator"})
    @GET
    @Operation(summary = "Every provider, by NPI")
    public List<ProviderApi.ProviderView> providers() {
        return referenceData.providers().stream().map(ProviderApi.ProviderView::of).toList();
    }

    @RolesAllowed({"biller", "administrator"})
    @GET
    @Path("/{npi}")
    @Operation(summary = "One provider")
    public ProviderApi.ProviderView provider(@PathParam("npi") String npi) {
        return referenceData.provider(npi).map(ProviderApi.ProviderView::of)
                .orElseThrow(() -> ProblemException.notFound("Provider", npi));
    }

    @RolesAllowed("administrator")
    @PUT
    @Path("/{npi}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace a provider, and scrub again its claims waiting with SCRUB_FAILED, in one"
            + " transaction; 201 when created, 200 when replaced")
    public Response replace(@PathParam("npi") String npi, ProviderApi.ProviderRequest request) {
        if (request == null) {
            throw ProblemException.invalidRequest(List.of(new Violation("", "a JSON body is required")));
        }
        List<Violation> violations = request.violations(npi);
        if (!violations.isEmpty()) {
            throw ProblemException.invalidRequest(violations);
        }
        ReferenceDataService.Saved<Provider> saved = referenceData.replaceProvider(request.data(npi));
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(ProviderApi.ProviderView.of(saved.value())).build();
    }
}
