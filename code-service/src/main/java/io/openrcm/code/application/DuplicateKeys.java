package io.openrcm.code.application;

import io.openrcm.code.persistence.EncounterRepository;
import java.sql.SQLException;

/** Recognises the failure of an insert that lost a race on the EHR encounter id's unique constraint. */
final class DuplicateKeys {

    private static final String UNIQUE_VIOLATION = "23505";

    private DuplicateKeys() {
    }

    /**
     * Whether the failure, or one of its causes, is a unique violation of the EHR encounter id: the driver's message
     * names the constraint (its detail, which would hold the key's values, is not sent: logServerErrorDetail=false).
     */
    static boolean isDuplicateEhrEncounterId(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).contains(EncounterRepository.EHR_ENCOUNTER_ID_CONSTRAINT)) {
                return true;
            }
        }
        return false;
    }
}
