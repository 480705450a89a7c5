package io.openrcm.code.domain;

/**
 * A code proposed for a diagnosis or line that arrived as text.
 *
 * @param target DIAGNOSIS or LINE
 * @param position the diagnosis sequence or line number
 * @param rank 1 for the best proposal
 * @param code the proposed code
 * @param title its title in the version in effect
 * @param confidence 0 to 1; above the configured threshold the best proposal is applied automatically
 */
public record CodeSuggestion(String target, int position, int rank, CodeRef code, String title, double confidence) {

    public static final String DIAGNOSIS = "DIAGNOSIS";
    public static final String LINE = "LINE";
}
