package io.openrcm.code.domain.icd;

/** The Tabular's note types as a coder names them. */
public final class NoteKinds {

    private NoteKinds() {
    }

    /** "Excludes1", "Code first", "Use additional code", ... for the XML element name. */
    public static String label(String type) {
        return switch (type) {
            case "excludes1" -> "Excludes1";
            case "excludes2" -> "Excludes2";
            case "codeFirst" -> "Code first";
            case "useAdditionalCode" -> "Use additional code";
            case "codeAlso" -> "Code also";
            case "inclusionTerm" -> "Inclusion term";
            case "includes" -> "Includes";
            default -> type;
        };
    }
}
