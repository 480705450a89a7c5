package io.openrcm.code.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

class DuplicateKeysTest {

    @Test
    void recognisesTheLostRaceOnTheEhrEncounterId() {
        SQLException sql = new SQLException("duplicate key value violates unique constraint", "23505");
        RuntimeException wrapped = new IllegalStateException("commit failed", new ConstraintViolationException(
                "could not execute statement", sql, "uq_encounter_practice_ehr_encounter_id"));
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
        SQLException sql = new SQLException("duplicate key", "23505");
        assertThat(DuplicateKeys.isDuplicateEhrEncounterId(new ConstraintViolationException("x", sql,
                "encounter_diagnosis_pkey"))).isFalse();
        assertThat(DuplicateKeys.isDuplicateEhrEncounterId(new RuntimeException(new SQLException("down", "08006"))))
                .isFalse();
        assertThat(DuplicateKeys.isDuplicateEhrEncounterId(new RuntimeException("no cause"))).isFalse();
    }
}
