package io.openrcm.code.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * The insured person a coverage belongs to, and how the patient relates to them (X12 individual relationship code:
 * 18 self, 01 spouse, 19 child, G8 other). For self, name, birth date and sex are the patient's and stay null here.
 * Patient data: never logged.
 *
 * @param relationship the patient's relationship to the subscriber
 * @param firstName given name; null for self
 * @param lastName family name; null for self
 * @param birthDate date of birth; null for self
 * @param sex administrative sex; null for self
 * @param address the subscriber's address; may be null
 */
public record Subscriber(String relationship, String firstName, String lastName, LocalDate birthDate, Sex sex,
        Address address) {

    /** The patient is the subscriber. */
    public static final String SELF = "18";
    /** Every relationship code accepted. */
    public static final Set<String> RELATIONSHIPS = Set.of(SELF, "01", "19", "G8");

    public Subscriber {
        Objects.requireNonNull(relationship, "relationship");
        if (!RELATIONSHIPS.contains(relationship)) {
            throw new IllegalArgumentException("relationship must be one of " + RELATIONSHIPS);
        }
        if (!SELF.equals(relationship)) {
            Objects.requireNonNull(lastName, "lastName");
            Objects.requireNonNull(birthDate, "birthDate");
            Objects.requireNonNull(sex, "sex");
        }
    }

    /** The patient is the subscriber, address unknown. */
    public static Subscriber self() {
        return new Subscriber(SELF, null, null, null, null, null);
    }

    public boolean isSelf() {
        return SELF.equals(relationship);
    }

    @Override
    public String toString() {
        return "Subscriber[relationship=" + relationship + "]";
    }
}
