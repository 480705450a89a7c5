package io.openrcm.claim.application;

import io.openrcm.kernel.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A patient statement as it was generated and kept.
 *
 * @param id the statement id
 * @param practice the billing provider that sends it
 * @param patientId the patient account
 * @param statementDate the statement date
 * @param amountDue what it asks the patient to pay
 * @param claimCount how many visits it lists
 * @param createdAt when it was generated
 * @param created false when a run found it generated before for the same account and date
 */
public record StoredStatement(UUID id, String practice, String patientId, LocalDate statementDate, Money amountDue,
        int claimCount, Instant createdAt, boolean created) {

    /**
     * A kept statement with its PDF.
     *
     * @param statement what it is
     * @param bytes the PDF
     */
    public record WithPdf(StoredStatement statement, byte[] bytes) {
    }
}
