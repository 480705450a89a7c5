package io.openrcm.dashboard.domain;

import java.util.List;
import java.util.Set;

/**
 * What the dashboard knows about claim statuses. The feed may carry statuses added after this was written (a tolerant
 * reader): they are counted under their own name and never treated as adjudications.
 */
public final class ClaimStates {

    public static final String CREATED = "CREATED";
    public static final String SUBMITTED = "SUBMITTED";
    public static final String PARTIALLY_PAID = "PARTIALLY_PAID";
    public static final String PAID = "PAID";
    public static final String DENIED = "DENIED";

    /** The order the page lists the known statuses in; unknown ones follow alphabetically. */
    public static final List<String> DISPLAY_ORDER = List.of(CREATED, SUBMITTED, PARTIALLY_PAID, PAID, DENIED);

    private static final Set<String> ADJUDICATED = Set.of(PAID, PARTIALLY_PAID, DENIED);

    private ClaimStates() {
    }

    /** Whether the payer has decided on a claim in this status. */
    public static boolean isAdjudicated(String status) {
        return ADJUDICATED.contains(status);
    }

    /** Position for display: known statuses first in their life-cycle order. */
    public static int displayRank(String status) {
        int i = DISPLAY_ORDER.indexOf(status);
        return i < 0 ? DISPLAY_ORDER.size() : i;
    }
}
