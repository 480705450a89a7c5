package io.openrcm.code.hl7;

/**
 * The MSH fields an acknowledgment and the idempotency key need, read from the text itself, so that a message HAPI
 * cannot parse still gets an ACK addressed to its sender and naming its control id.
 *
 * @param application MSH-3.1 sending application
 * @param facility MSH-4.1 sending facility
 * @param controlId MSH-10 message control id ("" when absent)
 * @param messageType MSH-9 as sent (DFT^P03)
 * @param version MSH-12.1
 */
public record MshHeader(String application, String facility, String controlId, String messageType, String version,
        String encodingCharacters) {

    /** The header of an ER7 message; null when the text does not start with an MSH segment. */
    static MshHeader read(String er7) {
        if (er7 == null || !er7.startsWith("MSH") || er7.length() < 8) {
            return null;
        }
        char fieldSep = er7.charAt(3);
        String segment = er7.lines().findFirst().orElse("");
        String[] f = segment.split(java.util.regex.Pattern.quote(String.valueOf(fieldSep)), -1);
        // f[0] is "MSH", f[1] the encoding characters (MSH-2): MSH-n is f[n - 1].
        String encoding = f.length > 1 ? f[1] : "^~\\&";
        char component = encoding.isEmpty() ? '^' : encoding.charAt(0);
        return new MshHeader(first(field(f, 3), component), first(field(f, 4), component), field(f, 10).strip(),
                field(f, 9), first(field(f, 12), component), encoding);
    }

    private static String field(String[] f, int n) {
        return f.length > n - 1 ? f[n - 1] : "";
    }

    private static String first(String value, char component) {
        int at = value.indexOf(component);
        return (at < 0 ? value : value.substring(0, at)).strip();
    }
}
