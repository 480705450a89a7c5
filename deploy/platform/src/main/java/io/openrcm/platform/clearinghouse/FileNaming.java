package io.openrcm.platform.clearinghouse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A connection's rule for naming the 837 files it uploads, a small template such as {@code {isa13}-{payer}.837}:
 * {@code {isa13}} is the interchange control number (nine digits, which keeps every name unique), {@code {payer}}
 * the payer's id with anything but letters, digits, '_' and '-' replaced by '_'. The rest is literal text of letters,
 * digits, '.', '_' and '-' (no folders, no dot-files, no temporary {@code .part} names).
 */
public final class FileNaming {

    /** The rule of every connection that names none: {@code 000000042-AETNA.837}. */
    public static final String DEFAULT = "{isa13}-{payer}.837";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9]+)}");
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9._-]*");

    private FileNaming() {
    }

    /** Why the template cannot name files, or empty when it can. */
    public static Optional<String> problem(String template) {
        if (template == null || template.isBlank()) {
            return Optional.of("a file naming rule such as " + DEFAULT + " is required");
        }
        if (template.length() > 100) {
            return Optional.of("at most 100 characters");
        }
        Matcher m = PLACEHOLDER.matcher(template);
        int at = 0;
        boolean isa13 = false;
        while (m.find()) {
            if (!LITERAL.matcher(template.substring(at, m.start())).matches()) {
                return Optional.of(literalProblem());
            }
            switch (m.group(1)) {
                case "isa13" -> isa13 = true;
                case "payer" -> { }
                default -> {
                    return Optional.of("unknown placeholder {" + m.group(1) + "}; known: {isa13}, {payer}");
                }
            }
            at = m.end();
        }
        if (!LITERAL.matcher(template.substring(at)).matches()) {
            return Optional.of(literalProblem());
        }
        if (!isa13) {
            return Optional.of("must contain {isa13}, the interchange control number that keeps each name unique");
        }
        if (template.startsWith(".") || template.endsWith(".part")) {
            return Optional.of("must not start with '.' or end with '.part' (names the clearinghouse does not read)");
        }
        return Optional.empty();
    }

    /** The name of one interchange's file under the template (already checked by {@link #problem}). */
    public static String name(String template, long interchangeControlNumber, String payerId) {
        String rule = template == null || template.isBlank() ? DEFAULT : template;
        return rule.replace("{isa13}", String.format("%09d", interchangeControlNumber))
                .replace("{payer}", payerId.replaceAll("[^A-Za-z0-9_-]", "_"));
    }

    private static String literalProblem() {
        return "besides {isa13} and {payer}, only letters, digits, '.', '_' and '-'";
    }
}
