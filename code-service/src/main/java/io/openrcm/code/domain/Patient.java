package io.openrcm.code.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The patient of an encounter as the EHR identifies them. Patient data: never logged.
 *
 * @param id the EHR's patient id (medical record number)
 * @param firstName given name
 * @param lastName family name
 * @param birthDate date of birth
 * @param sex administrative sex
 * @param address home address; may be null (required when a coverage's subscriber is someone else)
 */
public record Patient(String id, String firstName, String lastName, LocalDate birthDate, Sex sex, Address address) {

    /** A patient whose address was not sent. */
    public Patient(String id, String firstName, String lastName, LocalDate birthDate, Sex sex) {
        this(id, firstName, lastName, birthDate, sex, null);
    }

    public Patient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
    }

    @Override
    public String toString() {
        return "Patient[redacted]";
    }
}
