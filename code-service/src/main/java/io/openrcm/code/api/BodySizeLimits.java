package io.openrcm.code.api;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses an oversized request from its Content-Length before any of it is read: code set files may be large
 * ({@code rcm.http.admin-max-body}, also the server-wide ceiling {@code quarkus.http.limits.max-body-size}), clinical
 * payloads may not ({@code rcm.http.max-body}). Bodies without a length are held to the server-wide ceiling.
 */
@ApplicationScoped
public class BodySizeLimits {

    @ConfigProperty(name = "rcm.http.max-body", defaultValue = "8388608")
    long maxBody;

    void install(@Observes Router router) {
        router.route().order(-100).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            boolean admin = ctx.request().path().startsWith("/admin/");
            if (!admin && length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                    && Long.parseLong(length) > maxBody) {
                ctx.response().setStatusCode(413).putHeader("Content-Type", "application/problem+json")
                        .end("{\"type\":\"https://openrcm.io/problems/payload-too-large\",\"title\":\"Payload too "
                                + "large\",\"status\":413,\"detail\":\"The body is " + length + " bytes; at most "
                                + maxBody + " are accepted here\"}");
                return;
            }
            ctx.next();
        });
    }
}
