package io.openrcm.claim.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/** Settings of the claim service, under {@code rcm.claims}. */
@ConfigMapping(prefix = "rcm.claims")
public interface ClaimServiceConfig {

    /** Paging of claim lists. */
    PageConfig page();

    /** 837P submissions. */
    SubmissionConfig submission();

    /** What the patient owes: the small-balance rule and the statements. */
    PatientConfig patient();

    /** What the patient owes: the small-balance rule and the statements. */
    interface PatientConfig {
        /** A patient balance under this (more than zero) is written off; for practices without their own. */
        @WithDefault("5.00")
        BigDecimal smallBalanceThreshold();

        /** A practice's own threshold, by billing-provider NPI ({@code ...small-balance-thresholds."1234567893"=2.00}). */
        Map<String, BigDecimal> smallBalanceThresholds();

        /** How to pay, printed on every statement; {@code {practice}}, {@code {account}} and {@code {phone}} are filled in. */
        @WithDefault("Mail a check payable to {practice} to the address above and write your account number {account} on it, or call our billing office at {phone} to pay by card.")
        String howToPay();

        /** The billing office's phone number on statements. */
        @WithDefault("312-555-0100")
        String phone();

        /** The scheduled monthly statement run. */
        StatementRunConfig statementRun();
    }

    /** The scheduled statement run: once a month per practice, whatever the number of instances. */
    interface StatementRunConfig {
        /**
         * When the run fires (Quarkus cron, property {@code rcm.claims.patient.statement-run.cron}; {@code off}
         * disables it). It makes statements once per practice and month: a later firing in the month finds the
         * period's guard row and does nothing.
         */
        @WithDefault("0 0 6 1 * ?")
        String cron();

        /** A patient account is sent a statement when it owes more than this; for practices without their own. */
        @WithDefault("0.00")
        BigDecimal threshold();

        /** A practice's own statement threshold, by billing-provider NPI. */
        Map<String, BigDecimal> thresholds();
    }

    /** 837P submissions: the schedule and the submitter's identity in the envelope. */
    interface SubmissionConfig {
        /** Whether READY claims go out on a schedule (payers can opt out one by one). */
        @WithDefault("true")
        boolean scheduled();

        /**
         * The longest pause between two runs of the scheduler; each run sends every payer's READY claims. Claims made
         * READY here start a run sooner (after {@link #linger()}).
         */
        @WithDefault("250ms")
        Duration interval();

        /** After claims become READY, how long the scheduler waits for more before it sends them all. */
        @WithDefault("50ms")
        Duration linger();

        /** How many payers' interchanges one run writes side by side. */
        @WithDefault("4")
        int parallelPayers();

        /** The most claims in one interchange; more wait for the next run. */
        @WithDefault("5000")
        int maxClaims();

        /** ISA05. */
        @WithDefault("ZZ")
        String senderQualifier();

        /** ISA06, GS02 and loop 1000A NM109. */
        @WithDefault("OPENRCM")
        String senderId();

        /** Loop 1000A NM103. */
        @WithDefault("OpenRCM Billing")
        String submitterName();

        /** Loop 1000A PER02. */
        @WithDefault("Billing Office")
        String contactName();

        /** Loop 1000A PER04. */
        @WithDefault("3125550100")
        String contactPhone();
    }

    /** Paging of claim lists. */
    interface PageConfig {
        /** Page size when the client gives none. */
        @WithDefault("50")
        int defaultSize();

        /** The largest page a client may ask for. */
        @WithDefault("500")
        int maxSize();
    }
}
