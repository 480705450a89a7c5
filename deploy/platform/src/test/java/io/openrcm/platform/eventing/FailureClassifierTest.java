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

    @Test
    void anUnreachableDatabaseIsAnOutageWhileAHandlerBugIsNot() {
        assertThat(FailureClassifier.isOutage(new IllegalStateException("wrapped",
                new SQLException("Connection refused", "08001")))).isTrue();
        assertThat(FailureClassifier.isOutage(new SQLTransientConnectionException("no connection"))).isTrue();
        assertThat(FailureClassifier.isOutage(new SQLException("too many connections", "53300"))).isTrue();
        assertThat(FailureClassifier.isOutage(new NullPointerException("bug"))).isFalse();
        assertThat(FailureClassifier.isOutage(new SQLException("deadlock detected", "40P01"))).isFalse();
    }

    @Test
    void aCancelledStatementOrATimedOutTransactionIsATimeout() {
        assertThat(FailureClassifier.isTimeout(new RuntimeException(new SQLException("canceling statement", "57014"))))
                .isTrue();
        assertThat(FailureClassifier.isTimeout(new IllegalStateException("Transaction timeout reached"))).isTrue();
        assertThat(FailureClassifier.isTimeout(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void aParkingReasonNeverQuotesThePayload() {
        InvalidFormatException json = InvalidFormatException.from(null, "Cannot read \"1980-02-29x\"", "1980-02-29x",
                LocalDate.class);
        assertThat(FailureClassifier.describe(new RuntimeException(json))).doesNotContain("1980");
        assertThat(FailureClassifier.describe(new IllegalStateException("claim not found")))
                .isEqualTo("IllegalStateException: claim not found");
    }
}
