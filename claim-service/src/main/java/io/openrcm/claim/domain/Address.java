package io.openrcm.claim.domain;

import java.util.Objects;

/**
 * A postal address as the 837 writes it (N3/N4). Patient data: never logged.
 *
 * @param line1 street address
 * @param line2 second line; may be null
 * @param city city
 * @param state two-letter state code
 * @param postalCode ZIP code
 */
public record Address(String line1, String line2, String city, String state, String postalCode) {

    public Address {
        Objects.requireNonNull(line1, "line1");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(postalCode, "postalCode");
    }

    @Override
    public String toString() {
        return "Address[redacted]";
    }
}
