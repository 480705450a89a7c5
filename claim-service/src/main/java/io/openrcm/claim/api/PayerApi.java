package io.openrcm.claim.api;

import io.openrcm.claim.domain.ClaimFilingIndicator;
import io.openrcm.claim.persistence.PayerEntity;
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
     */
    public record PayerRequest(String payerId, String name, String claimFilingIndicator, Integer timelyFilingDays) {

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
            return v;
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
            Instant updatedAt) {

        static PayerView of(PayerEntity e) {
            return new PayerView(e.payerId, e.name, e.claimFilingIndicator, e.timelyFilingDays, e.updatedAt);
        }
    }
}
