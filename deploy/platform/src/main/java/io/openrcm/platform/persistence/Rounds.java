package io.openrcm.platform.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A batch's row changes split for set-based statements that may touch a row only once ({@code UPDATE ... FROM
 * unnest}, {@code INSERT ... ON CONFLICT DO UPDATE}): round k holds the k-th change of each row, in the batch's order.
 * Written round after round, every row goes through its changes in order, as if they were written one by one; a
 * batch that changes each row once is one round.
 */
public final class Rounds {

    private Rounds() {
    }

    /** The changes in rounds, keyed by the row each one changes. */
    public static <T, K> List<List<T>> of(List<T> changes, Function<? super T, K> row) {
        Map<K, Integer> seen = new HashMap<>();
        List<List<T>> rounds = new ArrayList<>();
        for (T change : changes) {
            int round = seen.merge(row.apply(change), 1, Integer::sum) - 1;
            if (round == rounds.size()) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(round).add(change);
        }
        return rounds;
    }
}
