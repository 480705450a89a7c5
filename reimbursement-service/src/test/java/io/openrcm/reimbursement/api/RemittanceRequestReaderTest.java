package io.openrcm.reimbursement.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import io.openrcm.reimbursement.api.RemittanceRequest.AdjustmentRequest;
import io.openrcm.reimbursement.api.RemittanceRequest.ClaimPaymentRequest;
import io.openrcm.reimbursement.domain.ClaimStatusCode;
import io.openrcm.kernel.Money;
import io.openrcm.reimbursement.domain.PaymentMethod;
import io.openrcm.reimbursement.domain.Remittance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemittanceRequestReaderTest {

    private static ClaimPaymentRequest goodClaim() {
        return new ClaimPaymentRequest("CLM-1", "1", "PCN-1", "160.00", "100.00", "20.00",
                List.of(new AdjustmentRequest("CO", "45", "40.00"), new AdjustmentRequest("PR", "2", "20.00")));
    }

    private static RemittanceRequest good(List<ClaimPaymentRequest> claims) {
        return new RemittanceRequest("BCBS-IL", "EFT-000123", "2026-11-20", "ACH", "100.00", claims);
    }

    private static List<Violation> violationsOf(RemittanceRequest request) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> RemittanceRequestReader.read(request));
        assertThat(e).as("a 400 problem").isNotNull();
        assertThat(e.problem().status()).isEqualTo(400);
        assertThat(e.problem().type()).isEqualTo("https://openrcm.io/problems/invalid-request");
        return e.problem().violations();
    }

    @Test
    void readsAValidRequestIntoTheDomain() {
        Remittance r = RemittanceRequestReader.read(good(List.of(goodClaim())));

        assertThat(r.payerId()).isEqualTo("BCBS-IL");
        assertThat(r.paymentDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(r.paymentMethod()).isEqualTo(PaymentMethod.ACH);
        assertThat(r.totalPaid()).isEqualTo(Money.parse("100.00"));
        assertThat(r.claims()).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(ClaimStatusCode.PROCESSED_AS_PRIMARY);
            assertThat(c.adjustments()).hasSize(2);
            assertThat(c.patientResponsibility()).isEqualTo(Money.parse("20"));
        });
    }

    @Test
    void optionalPatientResponsibilityAndAdjustmentsDefaultToNothing() {
        ClaimPaymentRequest paidInFull = new ClaimPaymentRequest("CLM-1", "1", "PCN-1", "100", "100", null, null);

        Remittance r = RemittanceRequestReader.read(good(List.of(paidInFull)));

        assertThat(r.claims().get(0).patientResponsibility()).isEqualTo(Money.ZERO);
        assertThat(r.claims().get(0).adjustments()).isEmpty();
    }

    @Test
    void collectsEveryViolationWithItsExactPointer() {
        ClaimPaymentRequest bad = new ClaimPaymentRequest(null, "5", "PCN-1", "160.001", "-1.00", "20.00",
                Arrays.asListWithNull(new AdjustmentRequest("XX", "123456", "40.00"),
                        new AdjustmentRequest("PR", "2", "-20.5"), null));
        RemittanceRequest request = new RemittanceRequest("", "EFT-1", "20-11-2026", "WIRE", "abc",
                List.of(goodClaim(), bad));

        List<Violation> violations = violationsOf(request);

        assertThat(violations).extracting(Violation::pointer).containsExactly(
                "/payerId", "/paymentDate", "/paymentMethod", "/totalPaid",
                "/claims/1/claimId", "/claims/1/statusCode", "/claims/1/chargeAmount", "/claims/1/paidAmount",
                "/claims/1/adjustments/0/group", "/claims/1/adjustments/0/reason", "/claims/1/adjustments/2");
        assertThat(violations).contains(
                new Violation("/claims/1/chargeAmount", "must have at most 2 decimals, got 160.001"),
                new Violation("/claims/1/paidAmount", "must not be negative, got -1.00"),
                new Violation("/paymentMethod", "must be one of ACH, CHK, NON, BOP or FWT, got \"WIRE\""),
                new Violation("/claims/1/statusCode",
                        "must be one of 1, 2, 3, 4, 19, 20, 21, 22, 23 or 25, got \"5\""));
    }

    @Test
    void requiresEveryMandatoryField() {
        ClaimPaymentRequest empty = new ClaimPaymentRequest(null, null, null, null, null, null,
                List.of(new AdjustmentRequest(null, null, null)));

        List<Violation> violations = violationsOf(new RemittanceRequest(null, null, null, null, null, List.of(empty)));

        assertThat(violations).allSatisfy(v -> assertThat(v.message()).isEqualTo("is required"));
        assertThat(violations).extracting(Violation::pointer).containsExactly(
                "/payerId", "/traceNumber", "/paymentDate", "/paymentMethod", "/totalPaid",
                "/claims/0/claimId", "/claims/0/statusCode", "/claims/0/payerClaimControlNumber",
                "/claims/0/chargeAmount", "/claims/0/paidAmount",
                "/claims/0/adjustments/0/group", "/claims/0/adjustments/0/reason", "/claims/0/adjustments/0/amount");
    }

    @Test
    void takesOneToAThousandClaims() {
        assertThat(violationsOf(good(List.of()))).containsExactly(
                new Violation("/claims", "must hold 1 to 1000 claim payments, got 0"));
        assertThat(violationsOf(good(null))).containsExactly(new Violation("/claims", "is required"));
        assertThat(violationsOf(good(Collections.nCopies(1001, goodClaim())))).containsExactly(
                new Violation("/claims", "must hold 1 to 1000 claim payments, got 1001"));
        assertThat(RemittanceRequestReader.read(new RemittanceRequest("BCBS-IL", "EFT-1", "2026-11-20", "CHK",
                "100000.00", Collections.nCopies(1000, goodClaim()))).claims()).hasSize(1000);
    }

    @Test
    void refusesAMissingBody() {
        assertThatThrownBy(() -> RemittanceRequestReader.read(null)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().violations()).containsExactly(
                        new Violation("", "a JSON object is required")));
    }

    /** List.of refuses nulls; requests may hold them. */
    private static final class Arrays {
        @SafeVarargs
        static <T> List<T> asListWithNull(T... items) {
            return new ArrayList<>(java.util.Arrays.asList(items));
        }
    }

    @Test
    void unitsAreBoundedBeforeAnyArithmetic() {
        for (String units : List.of("1E600000000", "1E-600000000", "1234567890", "1.0001", "many")) {
            ClaimPaymentRequest claim = new ClaimPaymentRequest("CLM-1", "1", "PCN-1", "100.00", "100.00", null,
                    List.of(), List.of(new RemittanceRequest.LineRequest("99213", List.of(), "100.00", "100.00",
                            units, null, List.of(), List.of())), List.of());
            assertThat(violationsOf(good(List.of(claim)))).as(units).extracting(Violation::pointer)
                    .containsExactly("/claims/0/lines/0/units");
        }
    }
}
