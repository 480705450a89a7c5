package io.openrcm.claim.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The patient a claim is for. Patient data: never logged.
 *
 * @param id the patient's id in the provider's system (MRN)
 * @param firstName given name; may be null
 * @param lastName family name
 * @param birthDate date of birth
 * @param sex administrative sex: F, M or U
 * @param address home address; may be null
 */
public record Patient(String id, String firstName, String lastName, LocalDate birthDate, String sex,
        Address address) {

    /** A patient whose address is not known. */
    public Patient(String id, String firstName, String lastName, LocalDate birthDate, String sex) {
        this(id, firstName, lastName, birthDate, sex, null);
    }

    public Patient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
    }

    @Override
    public String toString() {
        return "Patient[id=" + id + "]";
    }
}
