package io.openrcm.platform.eventing.admin;

import io.openrcm.platform.eventing.parking.ParkedEvent;
import io.openrcm.platform.eventing.parking.ParkedEvents;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import jakarta.annotation.security.RolesAllowed;
import io.openrcm.platform.security.Caller;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
 * is the signed-in caller ({@link Caller#actor()}); an {@code X-Actor} header, which older scripts still send, is
 * ignored: a typed name proves nothing. Views carry no payload (it may hold patient data).
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
    @Inject
    Caller caller;

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
    public ParkedEventView replay(@PathParam("id") long id) {
        return ParkedEventView.of(parkedEvents.replay(id, actor(caller, List.of())));
    }

    @RolesAllowed("administrator")
    @POST
    @Path("/{id}/discard")
    public ParkedEventView discard(@PathParam("id") long id, DiscardRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (request == null || request.reason() == null || request.reason().isBlank()) {
            violations.add(new Violation("/reason", "a reason is required to discard a parked event"));
        }
        return ParkedEventView.of(parkedEvents.discard(id, actor(caller, violations), request.reason().trim()));
    }

    // Shared with ParkedOutboxResource: the actor of an operator action is the signed-in caller, never a header.
    static String actor(Caller caller, List<Violation> violations) {
        if (caller.isAnonymous()) {
            throw new ProblemException(401, "unauthenticated", "Sign-in required",
                    "Replaying or discarding a parked event needs a signed-in operator", List.of());
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalidRequest(violations);
        }
        return caller.actor();
    }
}
