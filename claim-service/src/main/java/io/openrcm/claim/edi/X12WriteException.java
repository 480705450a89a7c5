package io.openrcm.claim.edi;

import java.util.List;

/** The 837P being written broke the schema; nothing is stored or sent. */
public class X12WriteException extends RuntimeException {

    private final List<String> errors;

    public X12WriteException(List<String> errors) {
        super("the 837P breaks its schema: " + String.join("; ", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
