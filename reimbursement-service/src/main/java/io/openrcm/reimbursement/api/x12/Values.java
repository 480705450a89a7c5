package io.openrcm.reimbursement.api.x12;

import io.openrcm.kernel.Money;
import io.openrcm.reimbursement.api.Quantities;
import io.openrcm.x12.X12Segment;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Reads typed values out of segments, turning what cannot be used into an element error with its place. */
final class Values {

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private final String controlNumber;
    private final List<X12Error> errors;

    Values(String controlNumber, List<X12Error> errors) {
        this.controlNumber = controlNumber;
        this.errors = errors;
    }

    Money money(X12Segment s, int element, boolean required) {
        String text = s.element(element);
        if (text == null) {
            if (required) {
                error(s, element, 0, "782", "1", s.tag() + String.format("%02d", element) + " amount is required");
            }
            return null;
        }
        try {
            return Money.parse(text);
        } catch (IllegalArgumentException e) {
            error(s, element, 0, "782", "6", s.tag() + String.format("%02d", element) + " amount " + e.getMessage());
            return null;
        }
    }

    /** Units (a quantity, data element 380), bounded before any arithmetic: see {@link Quantities}. */
    BigDecimal units(X12Segment s, int element) {
        String text = s.element(element);
        if (text == null) {
            return null;
        }
        return Quantities.units(text).orElseGet(() -> {
            error(s, element, 0, "380", "6", s.tag() + String.format("%02d", element) + " units \"" + text + "\" "
                    + Quantities.unitsRule());
            return null;
        });
    }

    LocalDate date(X12Segment s, int element) {
        String text = s.element(element);
        try {
            return text == null ? null : isEightDigits(text) ? LocalDate.of(Integer.parseInt(text, 0, 4, 10),
                    Integer.parseInt(text, 4, 6, 10), Integer.parseInt(text, 6, 8, 10)) : LocalDate.parse(text, CCYYMMDD);
        } catch (DateTimeException e) {
            error(s, element, 0, "373", "8", s.tag() + String.format("%02d", element) + " is not a date: " + text);
            return null;
        }
    }

    /** CCYYMMDD as digits, read without the formatter (the usual case); anything else goes to the formatter. */
    private static boolean isEightDigits(String text) {
        if (text.length() != 8) {
            return false;
        }
        for (int i = 0; i < 8; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    void error(X12Segment s, int element, int component, String reference, String code, String reason) {
        boolean known = errors.stream().anyMatch(e -> e.segmentPosition() == s.position()
                && e.elementPosition() == element && e.componentPosition() == component);
        if (known) {
            return; // the schema has reported this element already
        }
        errors.add(new X12Error(X12Error.Level.ELEMENT, controlNumber, s.tag(), s.position(), null, element,
                component, reference, code, reason));
    }
}
