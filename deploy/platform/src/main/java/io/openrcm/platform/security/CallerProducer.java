package io.openrcm.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Makes the request's {@link Caller} from Quarkus' verified {@link SecurityIdentity} and the token's claims. */
@RequestScoped
public class CallerProducer {

    static final String PRACTICES = "practices";
    static final String PAYER_ID = "payer_id";

    @Inject
    SecurityIdentity identity;

    @Produces
    @RequestScoped
    Caller caller() {
        return of(identity);
    }

    /** The caller of an identity; usable where no request scope is active (the refusal audit). */
    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Caller.anonymous();
        }
        Set<String> roles = identity.getRoles();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String subject = jwt.getSubject() == null ? identity.getPrincipal().getName() : jwt.getSubject();
            String client = text(jwt.getClaim("azp"));
            if (client == null) {
                client = text(jwt.getClaim("client_id"));
            }
            return new Caller(subject, text(jwt.getClaim("preferred_username")), client, roles,
                    texts(jwt.getClaim(PRACTICES)), Optional.ofNullable(text(jwt.getClaim(PAYER_ID))));
        }
        // Not a token (a test identity or another mechanism): a name and roles, and no practice at all.
        return new Caller(identity.getPrincipal().getName(), null, null, roles, Set.of(), Optional.empty());
    }

    private static String text(Object claim) {
        if (claim instanceof JsonString s) {
            return s.getString();
        }
        return claim == null || claim instanceof JsonValue ? null : claim.toString();
    }

    /** The claim as a set of strings, whichever JSON shape the token library hands over. */
    private static Set<String> texts(Object claim) {
        Set<String> values = new LinkedHashSet<>();
        if (claim instanceof JsonArray array) {
            array.forEach(v -> add(values, text(v)));
        } else if (claim instanceof Collection<?> items) {
            items.forEach(v -> add(values, text(v)));
        } else {
            add(values, text(claim));
        }
        return values;
    }

    private static void add(Set<String> values, String value) {
        if (value != null && !value.isBlank()) {
            values.add(value.trim());
        }
    }
}
