package io.openrcm.payersim;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

/** Rules for exact outcomes: one payer, every chance off unless a test turns it on. */
final class TestRules {

    private TestRules() {
    }

    static String text() {
        return """
                clearinghouse.id=CLEARINGHOUSE
                cycle-every=1s
                adjudication-delay=10s
                seed=7
                rates.reject=0
                rates.deny=0
                rates.partial=0
                rates.reversal=0
                rates.interest=0
                rates.recovery=0
                denials=CO-50:N115, PR-204:N130
                payer.BCBS-IL.name=Blue Cross and Blue Shield of Illinois
                payer.BCBS-IL.ein=360000001
                payer.BCBS-IL.allowed-percent=70
                payer.BCBS-IL.allowed.99213=92.50
                payer.BCBS-IL.copay=25.00
                payer.BCBS-IL.deductible=50.00
                payer.BCBS-IL.deductible-rate=0
                payer.BCBS-IL.coinsurance-percent=10
                """;
    }

    static SimulatorConfig config() {
        return config(text());
    }

    static SimulatorConfig config(String text) {
        try {
            return SimulatorConfig.read(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rules with some lines replaced, such as {@code "rates.deny=0", "rates.deny=1"}. */
    static SimulatorConfig with(String... replacements) {
        String text = text();
        for (int i = 0; i < replacements.length; i += 2) {
            if (!text.contains(replacements[i])) {
                throw new IllegalArgumentException(replacements[i] + " is not in the test rules");
            }
            text = text.replace(replacements[i], replacements[i + 1]);
        }
        return config(text);
    }
}
