package io.openrcm.code.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DuplicateKeysTest {

    @Test
    void recognisesTheLostRaceOnTheEhrEncounterId() {
        SQLException batch = new BatchUpdateException("Batch entry 0 INSERT INTO encounter was aborted: ERROR: duplicate"
                + " key value violates unique constraint \"uq_encounter_practice_ehr_encounter_id\"", "23505", new int[0]);
        RuntimeException wrapped = new IllegalStateException("Could not store 2 encounter(s)", batch);
        assertThat(DuplicateKeys.isDuplicateEhrEncounterId(wrapped)).isTrue();
    }

    @Test
    void recognisesItFromTheDriversMessageAlone() {
        SQLException sql = new SQLException(
                "ERROR: duplicate key value violates unique constraint \"uq_encounter_practice_ehr_encounter_id\"", "23505");
        assertThat(DuplicateKeys.isDuplicateEhrEncounterId(new RuntimeException(sql))).isTrue();
    }

    @Test
    void otherFailuresAreNotMistakenForIt() {
        SQLException sql = new SQLException(
                "ERROR: duplicate key value violates unique constraint \"encounter_diagnosis_pkey\"", "23505");
        assertThat(DuplicateKeys.isDuplicateEhrEncounterId(new IllegalStateException("x", sql))).isFalse();
        assertThat(DuplicateKeys.isDuplicateEhrEncounterId(new RuntimeException(new SQLException("down", "08006"))))
                .isFalse();
        assertThat(DuplicateKeys.isDuplicateEhrEncounterId(new RuntimeException("no cause"))).isFalse();
    }
}
