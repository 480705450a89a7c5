package io.openrcm.platform.eventing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.openrcm.platform.eventing.consumer.FailureClassifier;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FailureClassifierTest {

    @Test
    void aRuleViolationIsPoisonAndKeepsItsReason() {
        RuntimeException failure = new RuntimeException("wrapped", new RejectedEventException("unknown payer ACME"));

        assertThat(FailureClassifier.isPoison(failure)).isTrue();
        assertThat(FailureClassifier.reason(failure)).isEqualTo("unknown payer ACME");
    }

    @Test
    void unreadableJsonIsPoison() {
        JsonParseException json = new JsonParseException(null, "Unexpected character ('}')");

        assertThat(FailureClassifier.isPoison(new IllegalStateException(json))).isTrue();
        assertThat(FailureClassifier.reason(json)).isEqualTo("payload is not valid JSON");
    }

    @Test
    void theReasonNamesWhereAPayloadDoesNotFitButNeverTheValue() {
        JsonMappingException mapping = InvalidFormatException.from(null,
                "Cannot deserialize value of type `LocalDate` from String \"1971-13-12\"", "1971-13-12",
                LocalDate.class);
        mapping.prependPath(new JsonMappingException.Reference(null, "birthDate"));
        mapping.prependPath(new JsonMappingException.Reference(null, "patient"));

        assertThat(FailureClassifier.isPoison(mapping)).isTrue();
        assertThat(FailureClassifier.reason(mapping))
                .isEqualTo("payload is not valid JSON for this event at /patient/birthDate (InvalidFormatException)")
                .doesNotContain("1971");
    }

    @Test
    void dataAndIntegrityErrorsFromTheDatabaseArePoison() {
        assertThat(FailureClassifier.isPoison(new SQLException("value too long", "22001"))).isTrue();
        assertThat(FailureClassifier.isPoison(new RuntimeException(new SQLException("dup", "23505")))).isTrue();
    }

    @Test
    void aDatabaseThatIsDownIsTransient() {
        assertThat(FailureClassifier.isPoison(new SQLException("Connection refused", "08001"))).isFalse();
        assertThat(FailureClassifier.isPoison(new SQLTransientConnectionException("acquisition timeout")))
                .isFalse();
        assertThat(FailureClassifier.isPoison(new SQLException("could not serialize access", "40001"))).isFalse();
    }

    @Test
    void anUnknownFailureIsTransientSoNothingIsDeadLetteredByAccident() {
        assertThat(FailureClassifier.isPoison(new IllegalStateException("broker not available"))).isFalse();
    }

    @Test
    void aSelfReferencingCauseChainDoesNotLoop() {
        RuntimeException failure = new RuntimeException("loop");

        assertThat(FailureClassifier.isPoison(failure)).isFalse();
        assertThat(FailureClassifier.reason(failure)).isEqualTo("loop");
    }
}
