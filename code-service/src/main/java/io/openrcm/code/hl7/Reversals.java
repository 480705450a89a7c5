package io.openrcm.code.hl7;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Charge reversals as a biller expects them: a credit FT1 takes back units of the charge with the same code,
 * modifiers and date in the same message (the latest such charge first); a charge reduced to zero units is not
 * billed. A credit with no such charge in the message reverses a charge accepted earlier: that is refused (AE at
 * FT1-6), since an accepted encounter is changed by a coder in the coding queue or by a corrected claim, never by an
 * interface silently.
 */
final class Reversals {

    private Reversals() {
    }

    /** The charges left to bill, in message order. */
    record Netted(List<Ft1Charge> lines) {
    }

    static Netted net(List<Ft1Charge> all, List<Hl7Error> errors) {
        List<Ft1Charge> lines = new ArrayList<>();
        for (Ft1Charge c : all) {
            if (!c.credit()) {
                lines.add(c);
                continue;
            }
            BigDecimal left = c.units();
            for (int i = lines.size() - 1; i >= 0 && left.signum() > 0; i--) {
                Ft1Charge charge = lines.get(i);
                if (charge.reversedBy(c) && charge.units().signum() > 0) {
                    BigDecimal taken = charge.units().min(left);
                    lines.set(i, charge.withUnits(charge.units().subtract(taken)));
                    left = left.subtract(taken);
                }
            }
            if (left.signum() > 0) {
                errors.add(Hl7Error.at("FT1", c.sequence(), 6, Hl7Error.UNKNOWN_KEY, "the credit reverses "
                        + (left.compareTo(c.units()) == 0 ? "" : left.toPlainString() + " more units of ")
                        + "code " + c.code() + " than this message charges with the same modifiers and date; a charge "
                        + "accepted in an earlier message is corrected by a coder (coding queue) or a corrected "
                        + "claim, not by a credit"));
            }
        }
        return new Netted(lines.stream().filter(l -> l.units().signum() > 0).toList());
    }
}
