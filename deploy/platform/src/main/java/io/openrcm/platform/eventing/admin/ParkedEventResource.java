package io.openrcm.platform.eventing.admin;

import io.openrcm.platform.eventing.parking.ParkedEvent;
import io.openrcm.platform.eventing.parking.ParkedEvents;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Operator endpoints for parked events, in every service through the platform jar: list, replay, discard. The actor
 * comes from the {@code X-Actor} header until sign-in exists. Views carry no payload (it may hold patient data).
 */
@Path("/admin/parked-events")
@Produces(MediaType.APPLICATION_JSON)
public class ParkedEventResource {

    /** A parked event as an operator sees it. */
    public record ParkedEventView(long id, String consumer, String topic, int partition, long offset,
            UUID eventId, String eventType, String reason, int attempts, Instant firstFailure, Instant lastFailure,
            String status, Instant resolvedAt) {

        static ParkedEventView of(ParkedEvent e) {
            return new ParkedEventView(e.id(), e.consumer(), e.topic(), e.partition(), e.offset(), e.eventId(),
                    e.eventType(), e.reason(), e.attempts(), e.firstFailure(), e.lastFailure(), e.status(),
                    e.resolvedAt());
        }
    }

    /** Why an event is discarded. */
    public record DiscardRequest(String reason) {
    }

    @Inject
    ParkedEvents parkedEvents;

    @RolesAllowed("administrator")
    @GET
    public List<ParkedEventView> list(@QueryParam("consumer") String consumer, @QueryParam("status") String status)
            throws SQLException {
        return parkedEvents.list(consumer, status == null ? ParkedEvent.PARKED : status).stream()
                .map(ParkedEventView::of).toList();
    }

    @RolesAllowed("administrator")
    @POST
    @Path("/{id}/replay")
    public ParkedEventView replay(@PathParam("id") long id, @HeaderParam("X-Actor") String actor) {
        return ParkedEventView.of(parkedEvents.replay(id, required(actor, List.of())));
    }

    @RolesAllowed("administrator")
    @POST
    @Path("/{id}/discard")
    public ParkedEventView discard(@PathParam("id") long id, @HeaderParam("X-Actor") String actor,
            DiscardRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (request == null || request.reason() == null || request.reason().isBlank()) {
            violations.add(new Violation("/reason", "a reason is required to discard a parked event"));
        }
        return ParkedEventView.of(parkedEvents.discard(id, required(actor, violations), request.reason().trim()));
    }

    static String required(String actor, List<Violation> violations) {
        List<Violation> all = new ArrayList<>(violations);
        if (actor == null || actor.isBlank()) {
            all.add(0, new Violation("header X-Actor", "who acts is required (X-Actor header)"));
        }
        if (!all.isEmpty()) {
            throw ProblemException.invalidRequest(all);
        }
        return actor.trim();
    }
}
