package io.openrcm.dashboard.api;

import io.quarkus.oidc.TenantResolver;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Chooses the OIDC tenant of a request: the browser's sign-in ({@value #WEB}: authorization code + PKCE, session
 * cookie) for the page and for calls that carry its cookies, the bearer-token tenant for everything else.
 */
@ApplicationScoped
public class SignInTenantResolver implements TenantResolver {

    /** The tenant of the page's sign-in (quarkus.oidc.web.*). */
    public static final String WEB = "web";

    /** What a browser asks for before it has a session: the page itself, and the sign-out link. */
    private static final Set<String> PAGE_PATHS = Set.of("/", "/index.html", "/dashboard.js", "/dashboard.css",
            "/logout");

    @Override
    public String resolve(RoutingContext context) {
        // A bearer token always wins: API clients keep getting 401 (never a redirect) without a valid one.
        if (context.request().getHeader("Authorization") != null) {
            return null;
        }
        if (PAGE_PATHS.contains(context.normalizedPath()) || hasSignInCookie(context)) {
            return WEB;
        }
        return null;
    }

    /** The session cookie (q_session_web) or the state cookie of a sign-in under way (q_auth_web...). */
    private static boolean hasSignInCookie(RoutingContext context) {
        for (Cookie cookie : context.request().cookies()) {
            String name = cookie.getName();
            if (name.startsWith("q_session_" + WEB) || name.startsWith("q_auth_" + WEB)) {
                return true;
            }
        }
        return false;
    }
}
