package io.openrcm.reimbursement.domain;

import java.util.Optional;

/** Why a claim or line was denied, grouped for work queues and dashboards; derived from CARCs through a table. */
public enum DenialCategory {
    ELIGIBILITY,
    AUTHORIZATION,
    CODING,
    MEDICAL_NECESSITY,
    TIMELY_FILING,
    DUPLICATE,
    OTHER;

    /** The category named, or empty. */
    public static Optional<DenialCategory> fromName(String name) {
        for (DenialCategory c : values()) {
            if (c.name().equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
