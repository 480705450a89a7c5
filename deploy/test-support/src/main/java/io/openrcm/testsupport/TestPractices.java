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

    /** A practice no migration seeds: the fee-schedule test creates it as a new provider. */
    public static final String SCHEDULE_CLINIC = "1700000015";
    /** A practice no migration seeds: the rescrub test creates it as a new provider. */
    public static final String RESCRUB_CLINIC = "1700000023";

    /** Every seeded practice: what the tests written before practices existed act for. */
    public static final String ALL = "[\"" + LAKESIDE + "\",\"" + ADA + "\",\"" + PRAIRIE + "\"]";
    /** Every seeded practice and the schedule clinic. */
    public static final String ALL_AND_SCHEDULE_CLINIC = "[\"" + LAKESIDE + "\",\"" + ADA + "\",\"" + PRAIRIE
            + "\",\"" + SCHEDULE_CLINIC + "\"]";
    /** Every seeded practice and the rescrub clinic. */
    public static final String ALL_AND_RESCRUB_CLINIC = "[\"" + LAKESIDE + "\",\"" + ADA + "\",\"" + PRAIRIE
            + "\",\"" + RESCRUB_CLINIC + "\"]";
    /** Lakeside only. */
    public static final String ONLY_LAKESIDE = "[\"" + LAKESIDE + "\"]";
    /** Prairie only. */
    public static final String ONLY_PRAIRIE = "[\"" + PRAIRIE + "\"]";

    private TestPractices() {
    }
}
