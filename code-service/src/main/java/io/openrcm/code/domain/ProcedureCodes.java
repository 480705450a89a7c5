package io.openrcm.code.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells which system a procedure code belongs to by its shape: CPT is four digits then a digit (Category I), F
 * (Category II), T (Category III) or U (lab analyses); HCPCS Level II is a letter then four digits.
 */
public final class ProcedureCodes {

    private static final Pattern CPT = Pattern.compile("[0-9]{4}[0-9FTU]");
    private static final Pattern HCPCS = Pattern.compile("[A-Z][0-9]{4}");
    private static final Pattern MODIFIER = Pattern.compile("[A-Z0-9]{2}");

    private ProcedureCodes() {
    }

    /**
     * The code as stored (trimmed, upper case) with its system.
     *
     * @return empty when it is neither a CPT nor a HCPCS Level II code by shape
     */
    public static Optional<CodeRef> classify(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (CPT.matcher(code).matches()) {
            return Optional.of(new CodeRef(CodeSystem.CPT, code));
        }
        if (HCPCS.matcher(code).matches()) {
            return Optional.of(new CodeRef(CodeSystem.HCPCS, code));
        }
        return Optional.empty();
    }

    /**
     * A procedure modifier as stored (trimmed, upper case).
     *
     * @return empty unless it is exactly two letters or digits
     */
    public static Optional<String> normalizeModifier(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String modifier = value.strip().toUpperCase(Locale.ROOT);
        return MODIFIER.matcher(modifier).matches() ? Optional.of(modifier) : Optional.empty();
    }
}
