package io.openrcm.code.domain;

import java.util.Objects;

/**
 * A code in a code system, such as {@code ICD10CM E119} or {@code CPT 99213}; codes are in their stored form.
 *
 * @param system the code system
 * @param code the code, upper case, an ICD-10-CM code without its dot
 */
public record CodeRef(CodeSystem system, String code) {

    public CodeRef {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(code, "code");
    }

    @Override
    public String toString() {
        return system + " " + code;
    }
}
