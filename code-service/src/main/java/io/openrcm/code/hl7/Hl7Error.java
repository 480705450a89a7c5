package io.openrcm.code.hl7;

/**
 * One ERR segment of an acknowledgment: where (segment, its 1-based occurrence, field), the HL7 error code of table
 * 0357 and a sentence saying why. Texts name fields and codes, never patient data.
 *
 * @param segment segment id (FT1), or empty when the message as a whole is concerned
 * @param sequence 1-based occurrence of the segment in the message (the third FT1 is 3)
 * @param field field position (7 for FT1-7); 0 when the segment as a whole is concerned
 * @param code HL7 table 0357: 100 segment sequence, 101 required field missing, 102 data type error, 103 table value
 *     not found, 200 unsupported message type, 201 unsupported event, 203 unsupported version, 204 unknown key,
 *     207 application internal error
 * @param severity E (error) or W (warning: the message was accepted)
 * @param text why
 */
public record Hl7Error(String segment, int sequence, int field, int code, String severity, String text) {

    public static final int SEGMENT_SEQUENCE = 100;
    public static final int REQUIRED_FIELD_MISSING = 101;
    public static final int DATA_TYPE = 102;
    public static final int TABLE_VALUE_NOT_FOUND = 103;
    public static final int UNSUPPORTED_MESSAGE_TYPE = 200;
    public static final int UNSUPPORTED_EVENT = 201;
    public static final int UNSUPPORTED_VERSION = 203;
    public static final int UNKNOWN_KEY = 204;
    public static final int INTERNAL = 207;

    /** An error at a field. */
    public static Hl7Error at(String segment, int sequence, int field, int code, String text) {
        return new Hl7Error(segment, sequence, field, code, "E", text);
    }

    /** A warning at a field of a message that was accepted. */
    public Hl7Error asWarning() {
        return new Hl7Error(segment, sequence, field, code, "W", text);
    }

    /** The location as interface teams write it: FT1(2)-7, PID-7, MSH-10. */
    public String location() {
        if (segment.isEmpty()) {
            return "";
        }
        String seg = sequence > 1 ? segment + "(" + sequence + ")" : segment;
        return field > 0 ? seg + "-" + field : seg;
    }

    /** The name of the HL7 error code (table 0357), for ERR-3.2. */
    String codeName() {
        return switch (code) {
            case SEGMENT_SEQUENCE -> "Segment sequence error";
            case REQUIRED_FIELD_MISSING -> "Required field missing";
            case DATA_TYPE -> "Data type error";
            case TABLE_VALUE_NOT_FOUND -> "Table value not found";
            case UNSUPPORTED_MESSAGE_TYPE -> "Unsupported message type";
            case UNSUPPORTED_EVENT -> "Unsupported event code";
            case UNSUPPORTED_VERSION -> "Unsupported version id";
            case UNKNOWN_KEY -> "Unknown key identifier";
            default -> "Application internal error";
        };
    }
}
