package io.openrcm.claim.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * One diagnosis of a claim, in claim order.
 *
 * @param sequence its 1-based position, which lines point to
 * @param code the ICD-10-CM code without the dot, such as {@code E119}
 */
public record Diagnosis(int sequence, String code) {

    public Diagnosis {
        Objects.requireNonNull(code, "code");
        if (sequence < 1) {
            throw new IllegalArgumentException("a diagnosis sequence starts at 1");
        }
    }

    /** The code as stored and sent: upper case, without the dot ({@code E11.9} becomes {@code E119}). */
    public static String normalize(String code) {
        return code == null ? null : code.trim().replace(".", "").toUpperCase(Locale.ROOT);
    }
}
