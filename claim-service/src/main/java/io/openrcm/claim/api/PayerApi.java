package io.openrcm.claim.api;

import io.openrcm.claim.domain.ClaimFilingIndicator;
import io.openrcm.claim.application.PayerSubmission;
import io.openrcm.claim.application.Payer;
import io.openrcm.claim.domain.PayerRule;
import io.openrcm.platform.problem.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The records {@code /payers} speaks: the request that creates or replaces a payer, and the payer shown. */
public final class PayerApi {

    static final Pattern PAYER_ID = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,49}");

    private PayerApi() {
    }

    /**
     * Body of {@code PUT /payers/{payerId}}.
     *
     * @param payerId optional; when given it must equal the path's
     * @param name the payer's name
     * @param claimFilingIndicator X12 claim filing indicator (837 SBR09), such as CI, MB, MC, BL
     * @param timelyFilingDays days after the date of service within which a claim must be filed
     * @param submission where and how 837P files go; defaults when left out
     * @param scrubRules the payer's own scrub rules; none when left out
     */
    public record PayerRequest(String payerId, String name, String claimFilingIndicator, Integer timelyFilingDays,
            SubmissionSettings submission, List<ScrubRule> scrubRules) {

        /** The submission settings, defaults applied. */
        PayerSubmission settings(String pathPayerId) {
            SubmissionSettings s = submission == null ? new SubmissionSettings(null, null, null, null, null)
                    : submission;
            return PayerSubmission.of(s.receiverId(), s.receiverQualifier(), s.ediPayerId(), s.autoSubmit(),
                    s.usageIndicator(), pathPayerId);
        }

        /** Every violation of this request for the payer id in the path. */
        List<Violation> violations(String pathPayerId) {
            List<Violation> v = new ArrayList<>();
            if (!PAYER_ID.matcher(pathPayerId).matches()) {
                v.add(new Violation("{payerId}", "a payer id is 1 to 50 upper-case letters, digits or dashes"));
            }
            if (payerId != null && !payerId.equals(pathPayerId)) {
                v.add(new Violation("/payerId", "must equal the payer id in the path, or be left out"));
            }
            if (name == null || name.isBlank() || name.length() > 200) {
                v.add(new Violation("/name", "a name of 1 to 200 characters is required"));
            }
            if (!ClaimFilingIndicator.isValid(claimFilingIndicator)) {
                v.add(new Violation("/claimFilingIndicator",
                        "must be an X12 claim filing indicator code, such as CI, MB, MC or BL"));
            }
            if (timelyFilingDays == null || timelyFilingDays < 1 || timelyFilingDays > 3650) {
                v.add(new Violation("/timelyFilingDays", "must be a whole number of days from 1 to 3650"));
            }
            if (submission != null) {
                v.addAll(submission.violations());
            }
            v.addAll(PayerRuleChecks.violations(scrubRules));
            return v;
        }

        /** The rules, once validated. */
        List<PayerRule> rules() {
            return scrubRules == null ? List.of() : scrubRules.stream().map(ScrubRule::toRule).toList();
        }
    }

    /**
     * A payer.
     *
     * @param payerId the payer id used in encounters and claims
     * @param name the payer's name
     * @param claimFilingIndicator X12 claim filing indicator
     * @param timelyFilingDays days allowed for filing after the date of service
     * @param updatedAt when it last changed
     */
    public record PayerView(String payerId, String name, String claimFilingIndicator, int timelyFilingDays,
            SubmissionSettings submission, List<ScrubRule> scrubRules, Instant updatedAt) {

        static PayerView of(Payer p) {
            PayerSubmission s = p.submission();
            return new PayerView(p.payerId(), p.name(), p.claimFilingIndicator(), p.timelyFilingDays(),
                    new SubmissionSettings(s.receiverId(), s.receiverQualifier(), s.ediPayerId(), s.autoSubmit(),
                            s.usageIndicator()), p.scrubRules().stream().map(ScrubRule::of).toList(), p.updatedAt());
        }
    }

    /**
     * One of the payer's own scrub rules, as the API speaks it.
     *
     * @param ruleId stable id shown in findings, such as {@code BCBS-IL-001}
     * @param type REQUIRE_RENDERING_PROVIDER, CODE_NOT_COVERED, REQUIRE_MODIFIER, MAX_UNITS or MAX_LINES
     * @param code the procedure code it concerns (CODE_NOT_COVERED, REQUIRE_MODIFIER; optional for MAX_UNITS)
     * @param modifier the modifier REQUIRE_MODIFIER asks for
     * @param max the limit of MAX_UNITS and MAX_LINES
     * @param message what the finding says; optional
     */
    public record ScrubRule(String ruleId, String type, String code, String modifier, Integer max, String message) {

        static ScrubRule of(PayerRule r) {
            return new ScrubRule(r.ruleId(), r.type().name(), r.code(), r.modifier(), r.max(), r.message());
        }

        PayerRule toRule() {
            return new PayerRule(ruleId, PayerRule.Type.valueOf(type), code, modifier, max, message);
        }
    }

    /**
     * Where and how a payer's 837P files go.
     *
     * @param receiverId ISA08 / GS03 / loop 1000B NM109 (the clearinghouse or payer gateway); default CLEARINGHOUSE
     * @param receiverQualifier ISA07; default ZZ
     * @param ediPayerId loop 2010BB NM109 (the payer id the gateway routes on); default the payer id
     * @param autoSubmit whether the scheduler sends READY claims; default true (else only POST /submissions)
     * @param usageIndicator ISA15: P production or T test; default P
     */
    public record SubmissionSettings(String receiverId, String receiverQualifier, String ediPayerId,
            Boolean autoSubmit, String usageIndicator) {

        List<Violation> violations() {
            List<Violation> v = new ArrayList<>();
            if (receiverId != null && !receiverId.matches("[A-Za-z0-9 ]{2,15}")) {
                v.add(new Violation("/submission/receiverId", "2 to 15 letters, digits or spaces"));
            }
            if (receiverQualifier != null && !receiverQualifier.matches("01|14|20|27|28|29|30|33|ZZ")) {
                v.add(new Violation("/submission/receiverQualifier", "an ISA07 qualifier such as ZZ, 30 or 01"));
            }
            if (ediPayerId != null && !ediPayerId.matches("[A-Za-z0-9-]{2,80}")) {
                v.add(new Violation("/submission/ediPayerId", "2 to 80 letters, digits or dashes"));
            }
            if (usageIndicator != null && !usageIndicator.matches("[PT]")) {
                v.add(new Violation("/submission/usageIndicator", "P (production) or T (test)"));
            }
            return v;
        }
    }
}
