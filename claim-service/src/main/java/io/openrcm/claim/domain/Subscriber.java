package io.openrcm.claim.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The insured person of a coverage and the patient's relationship to them (X12 individual relationship code: 18
 * self, 01 spouse, 19 child, G8 other). For self, name, birth date and sex are the patient's and null here. Patient
 * data: never logged.
 *
 * @param relationship the patient's relationship to the subscriber
 * @param firstName given name; null for self
 * @param lastName family name; null for self
 * @param birthDate date of birth; null for self
 * @param sex F, M or U; null for self
 * @param address the subscriber's address; may be null
 */
public record Subscriber(String relationship, String firstName, String lastName, LocalDate birthDate, String sex,
        Address address) {

    /** The patient is the subscriber. */
    public static final String SELF = "18";

    public Subscriber {
        Objects.requireNonNull(relationship, "relationship");
    }

    /** The patient is the subscriber; address unknown. */
    public static Subscriber self() {
        return new Subscriber(SELF, null, null, null, null, null);
    }

    public boolean isSelf() {
        return SELF.equals(relationship);
    }

    /** The subscriber's name, birth date and sex: this subscriber's own, or the patient's for self. */
    public Subscriber resolvedFor(Patient patient) {
        return isSelf() ? new Subscriber(SELF, patient.firstName(), patient.lastName(), patient.birthDate(),
                patient.sex(), address == null ? patient.address() : address) : this;
    }

    @Override
    public String toString() {
        return "Subscriber[relationship=" + relationship + "]";
    }
}
