package io.openrcm.dashboard.domain;

import java.util.List;

/** The A/R aging buckets the billing office reads, by days since the date the claim is aged from. */
public final class AgingBuckets {

    public static final List<String> NAMES = List.of("0-30", "31-60", "61-90", "91-120", "120+");

    private AgingBuckets() {
    }

    /** The bucket of an age in days; a negative age (a date in the future) counts as current. */
    public static String of(long ageDays) {
        if (ageDays <= 30) {
            return NAMES.get(0);
        } else if (ageDays <= 60) {
            return NAMES.get(1);
        } else if (ageDays <= 90) {
            return NAMES.get(2);
        } else if (ageDays <= 120) {
            return NAMES.get(3);
        }
        return NAMES.get(4);
    }
}
