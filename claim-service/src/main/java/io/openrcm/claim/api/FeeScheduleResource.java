package io.openrcm.claim.api;

import io.openrcm.claim.application.FeeScheduleService;
import io.openrcm.claim.domain.FeeScheduleRow;
import io.openrcm.kernel.Npi;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Fee schedules: the default one and each billing provider's own; a schedule is replaced as a whole. */
@Path("/fee-schedules")
@Produces(MediaType.APPLICATION_JSON)
public class FeeScheduleResource {

    @Inject
    FeeScheduleService schedules;

    @RolesAllowed({"biller", "administrator"})
    @GET
    @Operation(summary = "Fee schedules: the one named by npi (an NPI or 'default'), or all of them")
    public List<FeeScheduleApi.FeeScheduleView> schedules(
            @Parameter(description = "a billing provider's NPI, or 'default'") @QueryParam("npi") String npi) {
        if (npi == null || npi.isBlank()) {
            List<FeeScheduleApi.FeeScheduleView> all = new ArrayList<>();
            all.add(FeeScheduleApi.FeeScheduleView.of(null, schedules.schedule(null)));
            for (String provider : schedules.providersWithSchedules()) {
                all.add(FeeScheduleApi.FeeScheduleView.of(provider, schedules.schedule(provider)));
            }
            return all;
        }
        String provider = scheduleKey(npi, "?npi");
        return List.of(FeeScheduleApi.FeeScheduleView.of(provider, schedules.schedule(provider)));
    }

    @RolesAllowed("administrator")
    @PUT
    @Path("/{npi}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace every row of one schedule (an NPI or 'default'), and reprice and scrub again the"
            + " claims waiting with SCRUB_FAILED (that provider's, or all for the default schedule), in one"
            + " transaction")
    public FeeScheduleApi.FeeScheduleView replace(@PathParam("npi") String npi,
            FeeScheduleApi.FeeScheduleRequest request) {
        List<Violation> violations = new ArrayList<>();
        String provider = null;
        if (!FeeScheduleApi.DEFAULT.equals(npi) && !Npi.isValid(npi)) {
            violations.add(new Violation("{npi}", "must be 'default' or a valid NPI"));
        } else if (!FeeScheduleApi.DEFAULT.equals(npi)) {
            provider = npi;
        }
        List<FeeScheduleRow> rows = request == null ? List.of() : request.toRows(provider, violations);
        if (request == null) {
            violations.add(new Violation("", "a JSON body is required"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalidRequest(violations);
        }
        return FeeScheduleApi.FeeScheduleView.of(provider, schedules.replace(provider, rows));
    }

    private static String scheduleKey(String npi, String pointer) {
        if (FeeScheduleApi.DEFAULT.equals(npi)) {
            return null;
        }
        if (!Npi.isValid(npi)) {
            throw ProblemException.invalidRequest(List.of(new Violation(pointer, "must be 'default' or a valid NPI")));
        }
        return npi;
    }
}
