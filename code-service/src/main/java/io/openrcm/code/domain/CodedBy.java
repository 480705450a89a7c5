package io.openrcm.code.domain;

import java.util.Objects;

/**
 * Who assigned a code: {@code EHR} (as received), {@code AUTO} (a suggestion applied automatically) or
 * {@code CODER:<coderId>} (a coder finalized it).
 *
 * @param value the stored and published form
 */
public record CodedBy(String value) {

    public static final CodedBy EHR = new CodedBy("EHR");
    public static final CodedBy AUTO = new CodedBy("AUTO");
    private static final String CODER_PREFIX = "CODER:";

    public CodedBy {
        Objects.requireNonNull(value, "value");
    }

    /** A code a coder chose. */
    public static CodedBy coder(String coderId) {
        return new CodedBy(CODER_PREFIX + coderId);
    }

    /** The stored form back; null stays null (a diagnosis still waiting for its code). */
    public static CodedBy parse(String value) {
        return value == null ? null : new CodedBy(value);
    }

    /** The stored and published form. */
    public String name() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
