package io.openrcm.reimbursement.domain;

import java.util.Objects;

/**
 * One identifier by which an 835 names its payer, and where it stands in the file.
 *
 * @param qualifier TRN03, the N1*PR N103 code (XV, PI...) or 2U (REF*2U)
 * @param value the identifier (TRN03, N104, REF02)
 * @param location its place in the file, such as {@code ST 0001 / segment 3 TRN / element 03}
 */
public record PayerIdentifier(String qualifier, String value, String location) {

    public PayerIdentifier {
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(value, "value");
    }

    /** How a message names it: {@code TRN03 1512345678 (ST 0001 / segment 3 TRN / element 03)}. */
    public String describe() {
        return qualifier + " " + value + (location == null ? "" : " (" + location + ")");
    }
}
