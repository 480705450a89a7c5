package io.openrcm.code.persistence.load;

import java.time.LocalDate;

/**
 * One code as read from a code set file.
 *
 * @param action for addenda: A add, D delete, R revised title; for full files null
 * @param code the code without a dot
 * @param shortTitle the short title (or the only one)
 * @param longTitle the long title
 * @param billable false for ICD-10-CM header codes
 * @param effectiveFrom the code's own first date (HCPCS add date) or null
 * @param effectiveTo the code's own last date (HCPCS termination date) or null
 */
public record CodeRow(String action, String code, String shortTitle, String longTitle, boolean billable,
        LocalDate effectiveFrom, LocalDate effectiveTo) {
}
