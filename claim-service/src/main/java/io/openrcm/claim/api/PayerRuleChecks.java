package io.openrcm.claim.api;

import io.openrcm.claim.domain.PayerRule;
import io.openrcm.platform.problem.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Shape checks of a payer's scrub rules, each violation with its JSON pointer. */
final class PayerRuleChecks {

    static final int MAX_RULES = 100;

    private PayerRuleChecks() {
    }

    static List<Violation> violations(List<PayerApi.ScrubRule> rules) {
        List<Violation> v = new ArrayList<>();
        if (rules == null) {
            return v;
        }
        if (rules.size() > MAX_RULES) {
            v.add(new Violation("/scrubRules", "at most " + MAX_RULES + " rules"));
            return v;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            PayerApi.ScrubRule r = rules.get(i);
            String at = "/scrubRules/" + i;
            if (r == null) {
                v.add(new Violation(at, "a rule is required"));
                continue;
            }
            if (r.ruleId() == null || !r.ruleId().matches("[A-Z0-9][A-Z0-9-]{2,39}") || !ids.add(r.ruleId())) {
                v.add(new Violation(at + "/ruleId", "a new id of 3 to 40 upper-case letters, digits or dashes"));
            }
            PayerRule.Type type = Arrays.stream(PayerRule.Type.values()).filter(t -> t.name().equals(r.type()))
                    .findFirst().orElse(null);
            if (type == null) {
                v.add(new Violation(at + "/type", "one of " + List.of(PayerRule.Type.values())));
                continue;
            }
            boolean needsCode = type == PayerRule.Type.CODE_NOT_COVERED || type == PayerRule.Type.REQUIRE_MODIFIER;
            if ((needsCode && r.code() == null) || (r.code() != null && !r.code().matches("[A-Z0-9]{5}"))) {
                v.add(new Violation(at + "/code", needsCode ? "a CPT or HCPCS code is required for " + type
                        : "a CPT or HCPCS code"));
            }
            if (type == PayerRule.Type.REQUIRE_MODIFIER
                    && (r.modifier() == null || !r.modifier().matches("[A-Z0-9]{2}"))) {
                v.add(new Violation(at + "/modifier", "a two-character modifier is required"));
            }
            boolean needsMax = type == PayerRule.Type.MAX_UNITS || type == PayerRule.Type.MAX_LINES;
            if (needsMax && (r.max() == null || r.max() < 1 || r.max() > 9999)) {
                v.add(new Violation(at + "/max", "a limit from 1 to 9999 is required"));
            }
            if (r.message() != null && r.message().length() > 200) {
                v.add(new Violation(at + "/message", "at most 200 characters"));
            }
        }
        return v;
    }
}
