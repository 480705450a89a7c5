package io.openrcm.claim.api;

import io.openrcm.claim.application.ClaimCorrectionRequest;
import io.openrcm.platform.problem.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Shape checks of a claim correction request, every violation with its JSON pointer. */
final class CorrectionRules {

    private CorrectionRules() {
    }

    static List<Violation> violations(ClaimCorrectionRequest r, boolean correction) {
        List<Violation> v = new ArrayList<>();
        if (r.subscriberMemberId() != null && (r.subscriberMemberId().isBlank() || r.subscriberMemberId().length() > 80)) {
            v.add(new Violation("/subscriberMemberId", "must be 1 to 80 characters"));
        }
        if (r.renderingProviderNpi() != null && !r.renderingProviderNpi().matches("[0-9]{10}")) {
            v.add(new Violation("/renderingProviderNpi", "must be 10 digits"));
        }
        if (r.placeOfService() != null && !r.placeOfService().matches("[0-9]{2}")) {
            v.add(new Violation("/placeOfService", "must be a 2-digit place of service code"));
        }
        if (r.payerClaimControlNumber() != null && !correction) {
            v.add(new Violation("/payerClaimControlNumber", "only a replacement or void carries one"));
        }
        if (r.payerClaimControlNumber() != null && (r.payerClaimControlNumber().isBlank()
                || r.payerClaimControlNumber().length() > 50 || r.payerClaimControlNumber().matches(".*[~*:^].*"))) {
            v.add(new Violation("/payerClaimControlNumber", "must be 1 to 50 characters without X12 delimiters"));
        }
        List<ClaimCorrectionRequest.LineCorrection> lines = r.lines() == null ? List.of() : r.lines();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            ClaimCorrectionRequest.LineCorrection l = lines.get(i);
            String at = "/lines/" + i;
            if (l == null || l.lineNumber() == null || !seen.add(l.lineNumber())) {
                v.add(new Violation(at + "/lineNumber", "each line correction names a different line number"));
                continue;
            }
            if (l.modifiers() != null && (l.modifiers().size() > 4
                    || l.modifiers().stream().anyMatch(m -> m == null || !m.matches("[A-Z0-9]{2}")))) {
                v.add(new Violation(at + "/modifiers", "at most 4 two-character modifiers"));
            }
            if (l.units() != null && (l.units() < 1 || l.units() > 9999)) {
                v.add(new Violation(at + "/units", "must be a whole number from 1 to 9999"));
            }
            if (l.diagnosisPointers() != null && (l.diagnosisPointers().isEmpty() || l.diagnosisPointers().size() > 4
                    || l.diagnosisPointers().stream().anyMatch(p -> p == null || p < 1 || p > 12))) {
                v.add(new Violation(at + "/diagnosisPointers", "1 to 4 diagnosis sequences from 1 to 12"));
            }
        }
        return v;
    }
}
