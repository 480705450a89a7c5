package io.openrcm.reimbursement.api;

import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import io.openrcm.reimbursement.application.DenialCategories;
import io.openrcm.reimbursement.application.ReasonCodes;
import io.openrcm.reimbursement.domain.DenialCategory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** Reference data posting relies on: the CARC/RARC code lists and the CARC-to-denial-category table. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceDataResource {

    @Inject
    ReasonCodes reasonCodes;
    @Inject
    DenialCategories denialCategories;

    /** How many CARCs and RARCs are loaded. */
    @RolesAllowed({"biller", "administrator"})
    @GET
    @Path("codesets")
    public Map<String, Long> codesets() {
        return reasonCodes.counts();
    }

    /** Loads a published code list (text, one code per line) as CARC or RARC; answers how many were new. */
    @RolesAllowed("administrator")
    @POST
    @Path("codesets/{type}")
    @Consumes(MediaType.TEXT_PLAIN)
    public Map<String, Object> load(@PathParam("type") String type, String list) {
        String kind = type.toUpperCase();
        if (!kind.equals("CARC") && !kind.equals("RARC")) {
            throw ProblemException.invalidRequest(List.of(new Violation("/type", "must be CARC or RARC")));
        }
        int added = reasonCodes.load(kind, list == null ? "" : list, "POST /codesets/" + kind);
        return Map.of("type", kind, "added", added);
    }

    /** The CARC-to-category table. */
    @RolesAllowed({"biller", "administrator"})
    @GET
    @Path("denial-categories")
    public Map<String, ?> denialCategories() {
        return denialCategories.table();
    }

    /**
     * Body of {@code PUT /denial-categories/{carc}}.
     *
     * @param category ELIGIBILITY, AUTHORIZATION, CODING, MEDICAL_NECESSITY, TIMELY_FILING, DUPLICATE or OTHER
     */
    public record CategoryRequest(String category) {
    }

    /** Sets the category of a CARC. */
    @RolesAllowed("administrator")
    @PUT
    @Path("denial-categories/{carc}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> setCategory(@PathParam("carc") String carc, CategoryRequest body) {
        Map.Entry<String, DenialCategory> rule = denialCategories.put(carc, body == null ? null : body.category());
        return Map.of("carc", rule.getKey(), "category", rule.getValue().name());
    }
}
