package io.openrcm.platform.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies a bearer access token once per token instead of once per request: ahead of quarkus-oidc's own provider
 * (a higher priority), it answers a token verified before from {@link VerifiedTokens} and hands any other to quarkus-oidc,
 * remembering what comes back verified. A single {@code POST /encounters} spent about 1.7 ms of its event loop parsing
 * the JWT and checking its RSA signature (deploy/bench README); an EHR interface sends thousands of requests with one
 * token.
 *
 * <p>Every refusal still comes from quarkus-oidc, request by request: a token that fails is never remembered, and a
 * remembered one is answered only until the earlier of its {@code exp} and {@code rcm.security.token-cache.ttl}
 * (default 60 s; {@code PT0S} turns the cache off) after its verification. The answer is a new identity per request,
 * carrying this request's routing context (quarkus-oidc keeps the request's context among an identity's attributes).
 * Only plain bearer access tokens are remembered (ID tokens of the dashboard's sign-in go to quarkus-oidc every time);
 * a deployment that binds tokens to a client certificate or to DPoP proofs, which are checked per request, turns the
 * cache off.
 */
@ApplicationScoped
public class VerifiedTokenProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** Where quarkus-oidc's mechanism leaves the tenant it resolved for the request. */
    private static final String TENANT_ID = "tenant-id";

    private final OidcIdentityProvider oidc;
    private final VerifiedTokens<SecurityIdentity> verified;
    private final Counter remembered;
    private final Counter verifiedAgain;

    @Inject
    public VerifiedTokenProvider(OidcIdentityProvider oidc, MeterRegistry meters,
            @ConfigProperty(name = "rcm.security.token-cache.ttl", defaultValue = "PT60S") Duration timeToLive,
            @ConfigProperty(name = "rcm.security.token-cache.max-entries", defaultValue = "10000") int maxEntries) {
        this.oidc = oidc;
        this.verified = new VerifiedTokens<>(timeToLive, maxEntries, System::currentTimeMillis);
        this.remembered = meters.counter("rcm.security.bearer.tokens", "answer", "remembered");
        this.verifiedAgain = meters.counter("rcm.security.bearer.tokens", "answer", "verified");
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Ahead of quarkus-oidc's provider (the highest priority is asked first). */
    @Override
    public int priority() {
        return oidc.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (!verified.enabled() || routing == null || request.getToken().getClass() != AccessTokenCredential.class) {
            return oidc.authenticate(request, context);
        }
        Object tenant = routing.get(TENANT_ID);
        String key = VerifiedTokens.key(tenant == null ? null : tenant.toString(), request.getToken().getToken());
        SecurityIdentity known = verified.find(key);
        if (known != null) {
            remembered.increment();
            return Uni.createFrom().item(forThisRequest(known, routing, context));
        }
        verifiedAgain.increment();
        return oidc.authenticate(request, context).invoke(identity -> {
            if (identity != null && identity.getPrincipal() instanceof JsonWebToken jwt) {
                verified.remember(key, identity, jwt.getExpirationTime());
            }
        });
    }

    /** The remembered identity with this request's own context in place of the one it was verified in. */
    private static SecurityIdentity forThisRequest(SecurityIdentity known, RoutingContext routing,
            AuthenticationRequestContext context) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(known);
        for (Map.Entry<String, Object> attribute : known.getAttributes().entrySet()) {
            if (attribute.getValue() instanceof RoutingContext) {
                builder.addAttribute(attribute.getKey(), routing);
            } else if (attribute.getValue() instanceof AuthenticationRequestContext) {
                builder.addAttribute(attribute.getKey(), context);
            }
        }
        return builder.build();
    }
}
