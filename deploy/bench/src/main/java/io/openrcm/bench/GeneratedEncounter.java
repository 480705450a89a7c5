package io.openrcm.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/**
 * One generated encounter and what the benchmark expects of it.
 *
 * @param ehrEncounterId the EHR's id, unique per run
 * @param body the JSON body of {@code POST /encounters}
 * @param meantToFail whether it carries a code that coding must refuse
 * @param expectedCharge the claim's total charge by the starter fee schedule
 */
record GeneratedEncounter(String ehrEncounterId, ObjectNode body, boolean meantToFail, BigDecimal expectedCharge) {

    /** The payer of the second coverage, or null when the encounter has only its primary. */
    String secondaryPayerId() {
        var coverages = body.path("coverages");
        return coverages.size() > 1 ? coverages.get(1).path("payerId").asText(null) : null;
    }
}
