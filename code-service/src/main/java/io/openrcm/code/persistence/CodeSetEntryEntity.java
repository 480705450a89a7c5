package io.openrcm.code.persistence;

import io.openrcm.code.domain.CodeRef;
import io.openrcm.code.domain.CodeSetEntry;
import io.openrcm.code.domain.CodeSystem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** Table mapping of one version of a code in {@code code_set_entry}, keyed by system, code and start date. */
@Entity
@Table(name = "code_set_entry")
@IdClass(CodeSetEntryEntity.Key.class)
public class CodeSetEntryEntity {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "system", nullable = false, length = 10)
    public CodeSystem system;
    @Id
    @Column(name = "code", nullable = false, length = 7)
    public String code;
    @Id
    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;
    @Column(name = "effective_to")
    public LocalDate effectiveTo;
    @Column(name = "description", nullable = false, length = 300)
    public String description;
    @Column(name = "billable", nullable = false)
    public boolean billable;
    @Column(name = "source", nullable = false, length = 50)
    public String source;

    CodeSetEntry toDomain() {
        return new CodeSetEntry(new CodeRef(system, code), description, billable, effectiveFrom, effectiveTo, source);
    }

    /** The composite primary key. */
    public static class Key implements Serializable {
        public CodeSystem system;
        public String code;
        public LocalDate effectiveFrom;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && system == k.system && Objects.equals(code, k.code)
                    && Objects.equals(effectiveFrom, k.effectiveFrom);
        }

        @Override
        public int hashCode() {
            return Objects.hash(system, code, effectiveFrom);
        }
    }
}
