package io.openrcm.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every error that reaches a client into {@code application/problem+json}: our own problems, unreadable JSON
 * (with the JSON pointer of the offending field), JAX-RS errors, and unexpected failures (logged with an incident id,
 * never echoing internals or request data to the client).
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return respond(malformedJson(e));
    }

    /** The problem for JSON that cannot be read, pointing at the offending field; also used per item of a batch. */
    public static Problem malformedJson(JsonProcessingException e) {
        String pointer = e instanceof JsonMappingException mapping ? JsonPointers.of(mapping.getPath()) : "";
        String message = e.getOriginalMessage();
        int cut = message == null ? -1 : message.indexOf(" at [Source");
        message = cut > 0 ? message.substring(0, cut) : message;
        return new Problem(Problem.TYPE_BASE + "malformed-json", "The request body is not valid JSON", 400,
                "The body could not be read as the expected JSON document",
                List.of(new Violation(pointer, message == null ? "unreadable JSON" : message)));
    }

    /** Quarkus REST ships its own mapper for this subtype; ours must be at least as specific to win. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json);
        }
        String title = Response.Status.fromStatusCode(status) == null ? "HTTP " + status
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return respond(new Problem(Problem.TYPE_BASE + "http-" + status, title, status, e.getMessage(), List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return respond(new Problem(Problem.TYPE_BASE + "internal-error", "Internal error", 500,
                "The request could not be completed; quote incident " + incident + " to the operator", List.of()));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
