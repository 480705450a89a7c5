package io.openrcm.claim.domain;

import io.openrcm.kernel.Npi;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a claim before it goes to its payer. Every rule has a stable id (listed in {@link ScrubRule}); the findings
 * name fields, lines and codes, never patient data.
 */
public final class Scrubber {

    static final Pattern TAX_ID = Pattern.compile("[0-9]{9}");
    static final Pattern TAXONOMY = Pattern.compile("[0-9A-Z]{9}X");
    static final Pattern STATE = Pattern.compile("[A-Z]{2}");
    static final Pattern ZIP = Pattern.compile("[0-9]{5}([0-9]{4})?");
    static final int MAX_DIAGNOSES = 12;
    static final int MAX_LINES = 50;

    private Scrubber() {
    }

    /** Every finding, in rule order; empty when the claim is clean. */
    public static List<Finding> scrub(ScrubInput in) {
        List<Finding> found = new ArrayList<>();
        ClaimDetails d = in.details();
        if (!Npi.isValid(d.billingProviderNpi())) {
            found.add(ScrubRule.NPI_BILLING.finding("billing provider NPI " + d.billingProviderNpi()
                    + " fails the NPI check digit"));
        }
        if (d.renderingProviderNpi() != null && !Npi.isValid(d.renderingProviderNpi())) {
            found.add(ScrubRule.NPI_RENDERING.finding("rendering provider NPI " + d.renderingProviderNpi()
                    + " fails the NPI check digit"));
        }
        billingProvider(in.billingProvider(), found);
        patientAndSubscriber(d, found);
        if (in.payer() == null || !ClaimFilingIndicator.isValid(in.payer().claimFilingIndicator())) {
            found.add(ScrubRule.PAYER_DATA.finding("payer " + d.payerId()
                    + " has no valid claim filing indicator (SBR09)"));
        }
        if (d.diagnoses().size() > MAX_DIAGNOSES || d.lines().size() > MAX_LINES) {
            found.add(ScrubRule.LIMITS.finding("an 837P claim carries at most " + MAX_DIAGNOSES
                    + " diagnoses and " + MAX_LINES + " lines; this one has " + d.diagnoses().size() + " and "
                    + d.lines().size()));
        }
        pointers(d, found);
        for (ClaimLine line : d.lines()) {
            if (!line.charge().isPositive()) {
                found.add(ScrubRule.CHARGE.finding("line " + line.lineNumber() + " (" + line.code()
                        + ") charges " + line.charge() + "; no fee schedule row priced it"));
            }
        }
        if (in.payer() != null) {
            long age = ChronoUnit.DAYS.between(d.dateOfService(), in.today());
            if (age > in.payer().timelyFilingDays()) {
                found.add(ScrubRule.TIMELY_FILING.finding("date of service " + d.dateOfService() + " is " + age
                        + " days ago; payer " + d.payerId() + " accepts claims up to "
                        + in.payer().timelyFilingDays() + " days"));
            }
            found.addAll(PayerRules.check(in.payer().rules(), d));
        }
        if (in.duplicateOf() != null && in.correction().isOriginal()) {
            found.add(ScrubRule.DUPLICATE.finding("claim " + in.duplicateOf() + " already bills the same patient,"
                    + " billing provider, date of service and services"));
        }
        return found;
    }

    private static void billingProvider(ProviderFacts p, List<Finding> found) {
        if (p == null) {
            found.add(ScrubRule.PROVIDER_DATA.finding("the billing provider is not in the reference data"));
            return;
        }
        List<String> missing = new ArrayList<>();
        if (blank(p.name())) {
            missing.add("name");
        }
        if (p.taxId() == null || !TAX_ID.matcher(p.taxId()).matches()) {
            missing.add("tax id (9 digits)");
        }
        if (p.taxonomyCode() == null || !TAXONOMY.matcher(p.taxonomyCode()).matches()) {
            missing.add("taxonomy code");
        }
        if (blank(p.addressLine1()) || blank(p.city()) || p.state() == null || !STATE.matcher(p.state()).matches()
                || p.postalCode() == null || !ZIP.matcher(p.postalCode()).matches()) {
            missing.add("address (street, city, state, ZIP)");
        }
        if (!missing.isEmpty()) {
            found.add(ScrubRule.PROVIDER_DATA.finding("billing provider " + p.npi() + " lacks what the 837P"
                    + " requires: " + String.join(", ", missing)));
        }
    }

    private static void patientAndSubscriber(ClaimDetails d, List<Finding> found) {
        if (blank(d.subscriberMemberId()) || d.subscriberMemberId().length() > 80) {
            found.add(ScrubRule.SUBSCRIBER_DATA.finding("the subscriber member id (NM109) is missing"));
        }
        if (blank(d.patient().lastName()) || d.patient().birthDate().isAfter(d.dateOfService())) {
            found.add(ScrubRule.SUBSCRIBER_DATA.finding("the patient's name or birth date is missing or after the"
                    + " date of service"));
        }
        if (d.placeOfService() == null || !d.placeOfService().matches("[0-9]{2}")) {
            found.add(ScrubRule.SUBSCRIBER_DATA.finding("the place of service (CLM05-1) is missing"));
        }
    }

    private static void pointers(ClaimDetails d, List<Finding> found) {
        Set<Integer> sequences = new HashSet<>();
        d.diagnoses().forEach(x -> sequences.add(x.sequence()));
        for (ClaimLine line : d.lines()) {
            List<Integer> p = line.diagnosisPointers();
            if (p.isEmpty() || p.size() > 4 || !sequences.containsAll(p) || new HashSet<>(p).size() != p.size()) {
                found.add(ScrubRule.DIAGNOSIS_POINTERS.finding("line " + line.lineNumber() + " points to diagnoses "
                        + p + "; it must point to 1 to 4 distinct diagnoses of the claim (1.." + d.diagnoses().size()
                        + ")"));
            } else if (p.stream().anyMatch(i -> i > MAX_DIAGNOSES)) {
                found.add(ScrubRule.DIAGNOSIS_POINTERS.finding("line " + line.lineNumber()
                        + " points past the 12 diagnoses an 837P carries"));
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
