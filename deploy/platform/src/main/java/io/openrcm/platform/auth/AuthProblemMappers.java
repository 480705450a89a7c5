package io.openrcm.platform.auth;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.List;

import io.openrcm.platform.problem.Problem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns refused requests into problem+json: 401 naming the token check that failed (RFC 6750's WWW-Authenticate
 * too), 403 for a valid token whose roles do not allow the operation. Never a 500.
 */
public class AuthProblemMappers {

    private static final Logger LOG = Logger.getLogger(AuthProblemMappers.class);

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        TokenRejection rejection = TokenRejection.of(e);
        LOG.debugf("Bearer token refused: %s", rejection);
        return unauthorized(rejection);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthorized(TokenRejection.MISSING);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Response.status(403).type(Problem.MEDIA_TYPE).entity(new Problem(Problem.TYPE_BASE + "forbidden",
                "Not allowed", 403, "The token's roles do not allow this operation", List.of())).build();
    }

    private static Response unauthorized(TokenRejection rejection) {
        String challenge = rejection == TokenRejection.MISSING
                ? "Bearer realm=\"openrcm\""
                : "Bearer realm=\"openrcm\", error=\"invalid_token\", error_description=\"" + rejection.slug() + "\"";
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .entity(new Problem(Problem.TYPE_BASE + rejection.slug(), "Not authenticated", 401, rejection.detail(), List.of()))
                .build();
    }
}
