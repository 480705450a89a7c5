package io.openrcm.reimbursement.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.openrcm.infra.RcmInfraTestResource;
import io.openrcm.kernel.Money;
import io.openrcm.reimbursement.application.ExpectedClaims;
import io.openrcm.reimbursement.application.NewExpectedClaim;
import io.openrcm.testsupport.TestPractices;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A remittance of many claims is posted in one pass: it stores the same payments, lines, adjustments, ledger entries
 * and PaymentPosted events as the same claim payments posted in remittances of their own, reversals included.
 */
@QuarkusTest
@TestSecurity(user = "biller.test", roles = {"biller", "revenue-manager", "administrator"})
@OidcSecurity(claims = @Claim(key = "practices", value = TestPractices.ALL, type = ClaimType.JSON_ARRAY))
@WithTestResource(value = RcmInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "reimbursement"))
class RemittanceBatchPostingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ExpectedClaims expectedClaims;

    @Test
    void aRemittanceOfManyClaimsPostsWhatSeparateRemittancesWould() throws Exception {
        String together = "RA" + System.nanoTime();
        String apart = "RB" + System.nanoTime();
        for (String prefix : List.of(together, apart)) {
            for (String claim : List.of("1", "2", "3", "X", "Y")) {
                expect(prefix + "-" + claim);
            }
            post(prefix + "-0", "100.00", List.of(paid(prefix + "-X", "100.00")));
        }

        post(together + "-all", "370.00", claims(together));
        List<String> each = claims(apart);
        post(apart + "-a", "100.00", each.subList(0, 1));
        post(apart + "-b", "0.00", each.subList(1, 2));
        post(apart + "-c", "100.00", each.subList(2, 3));
        post(apart + "-d", "20.00", each.subList(3, 5)); // reversal and correction of X, in one check
        post(apart + "-e", "0.00", each.subList(5, 7)); // Y taken back (posted in an earlier remittance), Z waits
        post(apart + "-f", "150.00", each.subList(7, 8));

        List<String> rowsTogether = paymentRows(together);
        assertThat(rowsTogether).hasSize(9);
        assertThat(rowsTogether).isEqualTo(paymentRows(apart));
        List<String> eventsTogether = events(together);
        assertThat(eventsTogether).hasSize(8);
        assertThat(eventsTogether).isEqualTo(events(apart));

        Db db = new Db(dataSource);
        // X's reversal takes back the payment of the earlier remittance; Y's the one posted before it in the same one.
        assertThat(db.value("SELECT t.paid_amount FROM claim_payment r JOIN claim_payment t ON t.id = r.reversal_of"
                + " WHERE r.claim_id = ?", together + "-Y")).isEqualTo(new BigDecimal("100.00"));
        assertThat(db.count("SELECT count(*) FROM claim_payment r JOIN claim_payment t ON t.id = r.reversal_of"
                + " JOIN remittance m ON m.id = t.remittance_id WHERE r.claim_id = ? AND m.trace_number = ?",
                together + "-X", together + "-0")).isEqualTo(1);
        assertThat(db.value("SELECT sum(amount) FROM ledger_entry WHERE claim_id = ? AND entry_type = 'PAYMENT'",
                together + "-X")).isEqualTo(new BigDecimal("120.00"));
        assertThat(db.value("SELECT status FROM claim_payment WHERE claim_id = ?", together + "-Z"))
                .isEqualTo("UNMATCHED");
        assertThat(db.count("SELECT count(*) FROM ledger_entry WHERE claim_id = ?", together + "-Z")).isZero();
    }

    /** The main remittance's claim payments, in order; Z is never submitted. */
    private static List<String> claims(String prefix) {
        return List.of(paid(prefix + "-1", "100.00"),
                claim(prefix + "-2", "4", "160.00", "0.00", "0.00", "CO", "50", "160.00"),
                paid(prefix + "-Y", "100.00"),
                claim(prefix + "-X", "22", "-160.00", "-100.00", "-20.00", "CO", "45", "-40.00", "PR", "2", "-20.00"),
                claim(prefix + "-X", "1", "160.00", "120.00", "20.00", "CO", "45", "20.00", "PR", "2", "20.00"),
                claim(prefix + "-Y", "22", "-160.00", "-100.00", "-20.00", "CO", "45", "-40.00", "PR", "2", "-20.00"),
                paid(prefix + "-Z", "100.00"),
                withLines(prefix + "-3"));
    }

    private static String paid(String claimId, String amount) {
        return claim(claimId, "1", "160.00", amount, "20.00", "CO", "45",
                new BigDecimal("140.00").subtract(new BigDecimal(amount)).toPlainString(), "PR", "2", "20.00");
    }

    private static String claim(String claimId, String status, String charge, String paid, String patient,
            String... adjustments) {
        return """
                {"claimId":"%s","statusCode":"%s","payerClaimControlNumber":"PCN-%s","chargeAmount":"%s",
                 "paidAmount":"%s","patientResponsibility":"%s","adjustments":[%s],"remarkCodes":["N381"]}"""
                .formatted(claimId, status, claimId, charge, paid, patient, adjustments(adjustments));
    }

    private static String withLines(String claimId) {
        return """
                {"claimId":"%s","statusCode":"1","payerClaimControlNumber":"PCN-%s","chargeAmount":"200.00",
                 "paidAmount":"150.00","patientResponsibility":"10.00","adjustments":[],"lines":[
                  {"code":"99213","modifiers":["25"],"chargeAmount":"120.00","paidAmount":"90.00","units":"1",
                   "dateOfService":"2026-11-02","adjustments":[%s],"remarkCodes":["M15"]},
                  {"code":"87880","chargeAmount":"80.00","paidAmount":"60.00","units":"2",
                   "dateOfService":"2026-11-02","adjustments":[%s]}]}"""
                .formatted(claimId, claimId, adjustments("CO", "45", "25.00", "PR", "2", "5.00"),
                        adjustments("CO", "45", "15.00", "PR", "3", "5.00"));
    }

    private static String adjustments(String... triples) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < triples.length; i += 3) {
            all.add("{\"group\":\"%s\",\"reason\":\"%s\",\"amount\":\"%s\"}".formatted(triples[i], triples[i + 1],
                    triples[i + 2]));
        }
        return String.join(",", all);
    }

    private void expect(String claimId) {
        expectedClaims.record(new NewExpectedClaim(claimId, null, "BCBS-IL", TestPractices.LAKESIDE, "MRN-B", null,
                Money.parse("360.00"), List.of(
                        new NewExpectedClaim.Line(1, "99213", List.of("25"), 1, Money.parse("120.00"),
                                LocalDate.of(2026, 11, 2)),
                        new NewExpectedClaim.Line(2, "87880", List.of(), 2, Money.parse("80.00"),
                                LocalDate.of(2026, 11, 2))),
                "corr-" + claimId, UUID.randomUUID()));
    }

    private static void post(String trace, String total, List<String> claims) {
        given().contentType(ContentType.JSON).body(RemittanceBodies.remittance("BCBS-IL", trace, total, claims))
                .post("/remittances").then().statusCode(201);
    }

    /** Every stored column that does not name a row or a moment, of the prefix's payments, claim ids generalized. */
    private List<String> paymentRows(String prefix) throws SQLException {
        return rows(prefix, "SELECT p.claim_id, p.claim_status_code, p.payer_claim_control_number, p.charge_amount,"
                + " p.paid_amount, p.patient_responsibility, p.status, p.unmatched_reason, p.remark_codes,"
                + " p.unknown_codes, p.denial_category, p.allowed_amount, p.expected_allowed, p.underpaid_amount,"
                + " p.service_date, p.posted_at IS NULL, p.posted_at >= p.received_at,"
                + " t.claim_id, t.claim_status_code, t.paid_amount,"
                + " (SELECT string_agg(a.seq || ' ' || a.group_code || '-' || a.reason_code || ' ' || a.amount, ','"
                + "   ORDER BY a.seq) FROM claim_adjustment a WHERE a.claim_payment_id = p.id),"
                + " (SELECT string_agg(concat_ws(' ', l.line_index, l.line_number, l.qualifier, l.code, l.modifiers,"
                + "   l.original_code, l.original_modifiers, l.charge, l.paid, l.units, l.revenue_code, l.service_date,"
                + "   l.remark_codes, l.line_control_number, l.payer_allowed, l.allowed_amount, l.expected_allowed,"
                + "   l.underpaid_amount, l.denial_category, (SELECT string_agg(la.seq || ' ' || la.group_code || '-'"
                + "   || la.reason_code || ' ' || la.amount, ',' ORDER BY la.seq) FROM claim_line_adjustment la"
                + "   WHERE la.line_id = l.id)), ';' ORDER BY l.line_index)"
                + "   FROM claim_payment_line l WHERE l.claim_payment_id = p.id),"
                + " (SELECT string_agg(concat_ws(' ', e.line_no, e.claim_id, e.entry_type, e.category, e.group_code,"
                + "   e.reason_code, e.amount, e.line_index, e.posted_at = p.posted_at), ';' ORDER BY e.line_no)"
                + "   FROM ledger_entry e WHERE e.claim_payment_id = p.id)"
                + " FROM claim_payment p LEFT JOIN claim_payment t ON t.id = p.reversal_of"
                + " WHERE p.claim_id LIKE ? ORDER BY p.claim_id, p.received_at, p.claim_index");
    }

    /** The prefix's PaymentPosted outbox rows, ids of rows and moments left out, claim ids generalized. */
    private List<String> events(String prefix) throws Exception {
        List<String> events = new ArrayList<>();
        for (String row : rows(prefix, "SELECT aggregate_id, topic, event_type, event_version, correlation_id,"
                + " payload FROM outbox_event WHERE aggregate_id LIKE ? ORDER BY aggregate_id, id")) {
            int json = row.indexOf('{');
            ObjectNode payload = (ObjectNode) JSON.readTree(row.substring(json, row.length() - 1));
            payload.remove(List.of("paymentId", "remittanceId", "postedAt"));
            JsonNode reversalOf = payload.get("reversalOf");
            payload.put("reversalOf", reversalOf == null || reversalOf.isNull() ? "none" : "some");
            events.add(row.substring(0, json) + payload);
        }
        return events;
    }

    private List<String> rows(String prefix, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, prefix + "-%");
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(rs.getObject(i)).append('|');
                    }
                    rows.add(row.toString().replace(prefix, "P"));
                }
            }
        }
        return rows;
    }
}
