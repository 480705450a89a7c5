package io.openrcm.platform.auth;

import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.lang.UnresolvableKeyException;

/** Which check a rejected bearer token failed, told from the verifier's exception chain; never echoes the token. */
public enum TokenRejection {

    MISSING("token-missing", "No bearer token: send Authorization: Bearer <access token from the OIDC provider>"),
    EXPIRED("token-expired", "The token has expired: get a new one from the token endpoint"),
    BAD_SIGNATURE("token-signature", "The token's signature does not verify with the provider's keys"),
    WRONG_AUDIENCE("token-audience", "The token is not meant for this system: its audience must include openrcm"),
    WRONG_ISSUER("token-issuer", "The token was issued by another issuer than the configured provider"),
    MALFORMED("token-malformed", "The bearer token is not a well-formed signed JWT"),
    INVALID("token-invalid", "The token was refused by the provider's checks");

    private final String slug;
    private final String detail;

    TokenRejection(String slug, String detail) {
        this.slug = slug;
        this.detail = detail;
    }

    /** The problem type's last segment, e.g. {@code token-expired}. */
    public String slug() {
        return slug;
    }

    public String detail() {
        return detail;
    }

    /** Classifies an authentication failure by the first verifier exception found in its causes. */
    public static TokenRejection of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidJwtException jwt) {
                return of(jwt);
            }
            if (t instanceof UnresolvableKeyException) {
                // The token names a key the provider does not publish: it was not signed by the provider.
                return BAD_SIGNATURE;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return INVALID;
    }

    private static TokenRejection of(InvalidJwtException jwt) {
        if (jwt.hasExpired()) {
            return EXPIRED;
        }
        if (jwt.hasErrorCode(ErrorCodes.SIGNATURE_INVALID) || jwt.hasErrorCode(ErrorCodes.SIGNATURE_MISSING)) {
            return BAD_SIGNATURE;
        }
        if (jwt.hasErrorCode(ErrorCodes.AUDIENCE_INVALID) || jwt.hasErrorCode(ErrorCodes.AUDIENCE_MISSING)) {
            return WRONG_AUDIENCE;
        }
        if (jwt.hasErrorCode(ErrorCodes.ISSUER_INVALID) || jwt.hasErrorCode(ErrorCodes.ISSUER_MISSING)) {
            return WRONG_ISSUER;
        }
        if (jwt.hasErrorCode(ErrorCodes.MALFORMED_CLAIM) || jwt.hasErrorCode(ErrorCodes.MISCELLANEOUS)) {
            return MALFORMED;
        }
        return INVALID;
    }
}
