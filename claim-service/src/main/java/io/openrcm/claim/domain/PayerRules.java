package io.openrcm.claim.domain;

import java.util.ArrayList;
import java.util.List;

/** Applies the scrub rules a payer configured to a claim. */
final class PayerRules {

    private PayerRules() {
    }

    static List<Finding> check(List<PayerRule> rules, ClaimDetails d) {
        List<Finding> found = new ArrayList<>();
        for (PayerRule rule : rules) {
            switch (rule.type()) {
                case REQUIRE_RENDERING_PROVIDER -> {
                    if (d.renderingProviderNpi() == null) {
                        found.add(finding(rule, "payer " + d.payerId() + " requires a rendering provider"));
                    }
                }
                case MAX_LINES -> {
                    if (rule.max() != null && d.lines().size() > rule.max()) {
                        found.add(finding(rule, "payer " + d.payerId() + " accepts at most " + rule.max()
                                + " lines per claim"));
                    }
                }
                default -> d.lines().stream().filter(l -> rule.code() == null || rule.code().equals(l.code()))
                        .forEach(l -> line(rule, d, l, found));
            }
        }
        return found;
    }

    private static void line(PayerRule rule, ClaimDetails d, ClaimLine l, List<Finding> found) {
        String at = "line " + l.lineNumber() + " (" + l.code() + "): ";
        switch (rule.type()) {
            case CODE_NOT_COVERED -> found.add(finding(rule, at + "payer " + d.payerId() + " does not cover "
                    + l.code()));
            case REQUIRE_MODIFIER -> {
                if (!l.modifiers().contains(rule.modifier())) {
                    found.add(finding(rule, at + "payer " + d.payerId() + " requires modifier " + rule.modifier()));
                }
            }
            case MAX_UNITS -> {
                if (rule.max() != null && l.units() > rule.max()) {
                    found.add(finding(rule, at + l.units() + " units; payer " + d.payerId() + " allows at most "
                            + rule.max()));
                }
            }
            default -> {
            }
        }
    }

    private static Finding finding(PayerRule rule, String detail) {
        return new Finding(rule.ruleId(), rule.message() == null ? detail : rule.message() + " (" + detail + ")");
    }
}
