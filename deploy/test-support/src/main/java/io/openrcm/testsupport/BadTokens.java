package io.openrcm.testsupport;

import java.time.Instant;
import java.util.Base64;

/** Real tokens made unacceptable in one precise way, for the tests of the bearer-token checks. */
public final class BadTokens {

    private BadTokens() {
    }

    /** The same header and claims with one bit of the signature flipped: the provider's key no longer verifies it. */
    public static String withBrokenSignature(String token) {
        String[] parts = token.split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[signature.length / 2] ^= 0x01;
        return parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    /** Waits until the token's exp has passed (plus a second, the granularity of exp). */
    public static void awaitExpiry(String token) throws InterruptedException {
        long exp = TestTokens.claims(token).path("exp").asLong();
        long waitMillis = (exp + 1) * 1000 - Instant.now().toEpochMilli();
        if (waitMillis > 0) {
            Thread.sleep(waitMillis);
        }
    }
}
