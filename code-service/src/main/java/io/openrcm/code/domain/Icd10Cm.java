package io.openrcm.code.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ICD-10-CM code format: a letter, a digit, a letter or digit (the category), then up to four letters or digits,
 * written with a dot after the category (E11.9) or without (E119). The platform stores and sends the dotless form.
 */
public final class Icd10Cm {

    private static final Pattern CODE = Pattern.compile("([A-Z][0-9][0-9A-Z])(?:\\.?([0-9A-Z]{1,4}))?");

    private Icd10Cm() {
    }

    /**
     * The stored form of a code as written on input: surrounding blanks removed, upper case, no dot.
     *
     * @return empty when the value is not shaped like an ICD-10-CM code (it may still be unknown to the code set)
     */
    public static Optional<String> normalize(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = CODE.matcher(value.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(m.group(2) == null ? m.group(1) : m.group(1) + m.group(2));
    }
}
