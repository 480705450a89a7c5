package io.openrcm.reimbursement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PayerResolutionTest {

    private static final Map<String, String> KNOWN = Map.of("TRN03 1512345678", "BCBS-IL", "PI AETNA", "AETNA",
            "2U 00621", "BCBS-IL");

    private static PayerResolution resolve(PayerIdentifier... ids) {
        return PayerResolution.of(List.of(ids), id -> Optional.ofNullable(KNOWN.get(id.qualifier() + " " + id.value())));
    }

    private static PayerIdentifier id(String qualifier, String value, String location) {
        return new PayerIdentifier(qualifier, value, location);
    }

    @Test
    void aKnownTrn03NamesThePayerAndUnknownIdsBesideItAreIgnored() {
        PayerResolution r = resolve(id("TRN03", "1512345678", "ST 1 / segment 3 TRN / element 03"),
                id("2U", "999", "ST 1 / segment 9 REF / element 02"), id("2U", "00621", "x"));
        assertThat(r.resolved()).isTrue();
        assertThat(r.payerId()).isEqualTo("BCBS-IL");
    }

    @Test
    void anN1PrIdNamesThePayerWhenTrn03IsUnknown() {
        assertThat(resolve(id("TRN03", "1000000000", "a"), id("PI", "AETNA", "b")).payerId()).isEqualTo("AETNA");
    }

    @Test
    void noKnownIdentifierIsAProblemNamingEachIdentifierAndItsPlace() {
        PayerResolution r = resolve(id("TRN03", "1999999999", "ST 0001 / segment 3 TRN / element 03"));
        assertThat(r.resolved()).isFalse();
        assertThat(r.problem()).contains("TRN03 1999999999 (ST 0001 / segment 3 TRN / element 03)");
        assertThat(r.at()).extracting(PayerIdentifier::location).containsExactly("ST 0001 / segment 3 TRN / element 03");
    }

    @Test
    void identifiersNamingTwoPayersAreAProblemNamingBoth() {
        PayerResolution r = resolve(id("TRN03", "1512345678", "at TRN"), id("PI", "AETNA", "at N1"));
        assertThat(r.resolved()).isFalse();
        assertThat(r.problem()).contains("names payer BCBS-IL", "names payer AETNA");
        assertThat(r.at()).extracting(PayerIdentifier::location).containsExactly("at TRN", "at N1");
    }

    @Test
    void noIdentifierAtAllIsAProblem() {
        assertThat(resolve().resolved()).isFalse();
    }
}
