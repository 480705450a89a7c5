package io.openrcm.platform.eventing.admin;

import io.openrcm.platform.eventing.outbox.ParkedOutboxEvents;
import io.openrcm.platform.eventing.outbox.ParkedOutboxRow;
import io.openrcm.platform.problem.Violation;
import io.openrcm.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Operator endpoints for the outbox rows the relay parked (the broker refused them for good), in every service
 * through the platform jar, beside {@code /admin/parked-events}: list, replay (hand back to the relay), discard.
 * The actor is the signed-in caller, like the parked events'.
 */
@Path("/admin/parked-outbox-events")
@Produces(MediaType.APPLICATION_JSON)
public class ParkedOutboxResource {

    @Inject
    ParkedOutboxEvents parked;
    @Inject
    Caller caller;

    @GET
    @RolesAllowed({"administrator"})
    public List<ParkedOutboxRow> list() throws SQLException {
        return parked.list();
    }

    @POST
    @Path("/{id}/replay")
    @RolesAllowed({"administrator"})
    public ParkedOutboxRow replay(@PathParam("id") long id) {
        return parked.replay(id, ParkedEventResource.actor(caller, List.of()));
    }

    @POST
    @Path("/{id}/discard")
    @RolesAllowed({"administrator"})
    public ParkedOutboxRow discard(@PathParam("id") long id, ParkedEventResource.DiscardRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (request == null || request.reason() == null || request.reason().isBlank()) {
            violations.add(new Violation("/reason", "a reason is required to discard a parked outbox row"));
        }
        String who = ParkedEventResource.actor(caller, violations);
        return parked.discard(id, who, request.reason().trim());
    }
}
