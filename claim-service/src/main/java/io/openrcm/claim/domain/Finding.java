package io.openrcm.claim.domain;

import java.util.Objects;

/**
 * Something that keeps a claim from going to (or through) its payer: a scrub finding or a payer's rejection reason.
 *
 * @param code a stable id, such as {@code SCR-NPI-001} for a scrub rule or {@code 277CA:A7:562} for a payer reason
 * @param message a sentence for the billing office; never patient data
 */
public record Finding(String code, String message) {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
