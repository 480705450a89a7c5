package io.openrcm.reimbursement.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Matches the service lines of a remittance to the lines we submitted, by procedure code, modifiers and date, in a way
 * that survives a payer restating a code (the submitted code comes back in SVC06) or dropping a modifier.
 *
 * <p>Each pair of lines whose code matches (adjudicated or original) and whose dates do not contradict is scored:
 * code +8, modifiers identical +4, payer dropped some +3, payer added some +1, same date +2 (one date unknown +1),
 * same charge +1. The best pairs are taken first, each line at most once; the rest stay unmatched.
 */
public final class LineMatcher {

    private LineMatcher() {
    }

    /** For each remittance line, the matching line number of ours, or null. */
    public static List<Integer> match(List<ServiceLinePayment> paid, List<ExpectedLine> submitted) {
        record Pair(int paidIndex, int submittedIndex, int score) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < paid.size(); i++) {
            for (int j = 0; j < submitted.size(); j++) {
                int score = score(paid.get(i), submitted.get(j));
                if (score > 0) {
                    pairs.add(new Pair(i, j, score));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::score).reversed().thenComparingInt(Pair::paidIndex)
                .thenComparingInt(Pair::submittedIndex));
        List<Integer> result = new ArrayList<>(Collections.nCopies(paid.size(), (Integer) null));
        Set<Integer> taken = new HashSet<>();
        for (Pair p : pairs) {
            if (result.get(p.paidIndex()) == null && taken.add(p.submittedIndex())) {
                result.set(p.paidIndex(), submitted.get(p.submittedIndex()).lineNumber());
            }
        }
        return result;
    }

    /** 0 when the lines cannot be the same service; higher is a closer match. */
    static int score(ServiceLinePayment paid, ExpectedLine submitted) {
        List<String> paidModifiers;
        if (submitted.code().equalsIgnoreCase(paid.code())) {
            paidModifiers = paid.modifiers();
        } else if (submitted.code().equalsIgnoreCase(paid.originalCode())) {
            paidModifiers = paid.originalModifiers().isEmpty() ? paid.modifiers() : paid.originalModifiers();
        } else {
            return 0;
        }
        int dates = dates(paid.serviceDate(), submitted.dateOfService());
        if (dates < 0) {
            return 0;
        }
        Set<String> ours = new HashSet<>(submitted.modifiers());
        Set<String> theirs = new HashSet<>(paidModifiers);
        int modifiers = ours.equals(theirs) ? 4 : ours.containsAll(theirs) ? 3 : 1;
        int charge = paid.charge().equals(submitted.charge()) ? 1 : 0;
        return 8 + modifiers + dates + charge;
    }

    private static int dates(LocalDate paid, LocalDate submitted) {
        if (paid == null || submitted == null) {
            return 1;
        }
        return paid.equals(submitted) ? 2 : -1;
    }
}
