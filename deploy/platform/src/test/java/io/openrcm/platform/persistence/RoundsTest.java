package io.openrcm.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A batch's changes split so that no statement changes a row twice and each row keeps its changes' order. */
class RoundsTest {

    record Change(String row, String to) {
    }

    @Test
    void roundKHoldsTheKthChangeOfEachRow() {
        Change a1 = new Change("A", "READY");
        Change b1 = new Change("B", "READY");
        Change a2 = new Change("A", "SUBMITTED");
        Change a3 = new Change("A", "ACCEPTED");
        Change c1 = new Change("C", "READY");
        Change b2 = new Change("B", "SUBMITTED");

        List<List<Change>> rounds = Rounds.of(List.of(a1, b1, a2, a3, c1, b2), Change::row);

        assertThat(rounds).containsExactly(List.of(a1, b1, c1), List.of(a2, b2), List.of(a3));
    }

    @Test
    void aBatchThatChangesEachRowOnceIsOneRound() {
        List<Change> batch = List.of(new Change("A", "READY"), new Change("B", "READY"), new Change("C", "READY"));

        assertThat(Rounds.of(batch, Change::row)).containsExactly(batch);
        assertThat(Rounds.of(List.<Change>of(), Change::row)).isEmpty();
    }
}
