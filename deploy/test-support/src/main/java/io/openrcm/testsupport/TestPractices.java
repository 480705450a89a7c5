package io.openrcm.testsupport;

/**
 * Practices (billing-provider NPIs of the seeded providers) for signed-in test callers, as the {@code practices}
 * claim value of {@code @OidcSecurity(claims = @Claim(key = "practices", value = ..., type = JSON_ARRAY))}.
 */
public final class TestPractices {

    /** Lakeside Family Medicine: the golden encounter's billing provider. */
    public static final String LAKESIDE = "1234567893";
    /** Ada Example, MD. */
    public static final String ADA = "1245319599";
    /** Prairie Internal Medicine: the other practice of the scoping tests. */
    public static final String PRAIRIE = "1679576722";

    /** Every seeded practice: what the tests written before practices existed act for. */
    public static final String ALL = "[\"" + LAKESIDE + "\",\"" + ADA + "\",\"" + PRAIRIE + "\"]";
    /** Lakeside only. */
    public static final String ONLY_LAKESIDE = "[\"" + LAKESIDE + "\"]";
    /** Prairie only. */
    public static final String ONLY_PRAIRIE = "[\"" + PRAIRIE + "\"]";

    private TestPractices() {
    }
}
