package io.openrcm.code.hl7;

import java.util.List;

/** A message refused before anything was stored: AE (its content is wrong) or AR (it is not ours to take). */
public class Hl7Rejection extends RuntimeException {

    private final String ackCode;
    private final transient List<Hl7Error> errors;

    public Hl7Rejection(String ackCode, List<Hl7Error> errors) {
        super(ackCode + " " + errors.stream().map(e -> e.location() + " " + e.text()).toList(), null, false, false);
        this.ackCode = ackCode;
        this.errors = List.copyOf(errors);
    }

    /** AE: application error, the content must be corrected. */
    public static Hl7Rejection error(Hl7Error... errors) {
        return new Hl7Rejection("AE", List.of(errors));
    }

    /** AR: application reject, the message is not one this interface takes (type, version, sender). */
    public static Hl7Rejection reject(Hl7Error... errors) {
        return new Hl7Rejection("AR", List.of(errors));
    }

    public String ackCode() {
        return ackCode;
    }

    public List<Hl7Error> errors() {
        return errors;
    }
}
