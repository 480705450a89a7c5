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
import io.openrcm.reimbursement.api.x12.SampleFiles;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
            post(prefix + "-0", "187.50", paid(prefix, "X"));
        }

        post(together + "-all", "575.00", String.join("", claims(together)));
        List<String> each = claims(apart);
        post(apart + "-a", "187.50", each.get(0) + each.get(1));
        post(apart + "-c", "187.50", each.get(2));
        post(apart + "-d", "12.50", each.get(3) + each.get(4)); // reversal and correction of X, in one check
        post(apart + "-e", "187.50", each.get(5) + each.get(6) + each.get(7)); // Y taken back, posted earlier

        List<String> rowsTogether = paymentRows(together);
        assertThat(rowsTogether).hasSize(9);
        assertThat(rowsTogether).isEqualTo(paymentRows(apart));
        List<String> eventsTogether = events(together);
        assertThat(eventsTogether).hasSize(8);
        assertThat(eventsTogether).isEqualTo(events(apart));

        Db db = new Db(dataSource);
        // X's reversal takes back the payment of the earlier remittance; Y's the one posted before it in the same one.
        assertThat(db.count("SELECT count(*) FROM claim_payment r JOIN claim_payment t ON t.id = r.reversal_of"
                + " WHERE r.claim_id = ? AND t.remittance_id = r.remittance_id", together + "-Y")).isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM claim_payment r JOIN claim_payment t ON t.id = r.reversal_of"
                + " JOIN remittance m ON m.id = t.remittance_id WHERE r.claim_id = ? AND m.trace_number = ?",
                together + "-X", together + "-0")).isEqualTo(1);
        assertThat(db.value("SELECT sum(amount) FROM ledger_entry WHERE claim_id = ? AND entry_type = 'PAYMENT'",
                together + "-X")).isEqualTo(new BigDecimal("200.00"));
        assertThat(db.value("SELECT status FROM claim_payment WHERE claim_id = ?", together + "-Z"))
                .isEqualTo("UNMATCHED");
        assertThat(db.count("SELECT count(*) FROM ledger_entry WHERE claim_id = ?", together + "-Z")).isZero();
    }

    /** The main remittance's claim loops, in order; Z is never submitted. */
    private static List<String> claims(String prefix) {
        return List.of(paid(prefix, "1"),
                claimLoop(prefix + "-2", "4", "1766.50", "0.00", "1766.50", "Q2"),
                paid(prefix, "Y"),
                claimLoop(prefix + "-X", "22", "-1766.50", "-187.50", "-1579.00", "QX"),
                claimLoop(prefix + "-X", "1", "1766.50", "200.00", "1566.50", "QX"),
                claimLoop(prefix + "-Y", "22", "-1766.50", "-187.50", "-1579.00", "QY"),
                paid(prefix, "Z"),
                claimLoop(prefix + "-3", "19", "1766.50", "187.50", "1579.00", "Q3"));
    }

    private static String paid(String prefix, String claim) {
        return claimLoop(prefix + "-" + claim, "1", "1766.50", "187.50", "1579.00", "Q" + claim);
    }

    /** One claim with one service line and its OA-23 adjustment, shaped like stupidedi's tertiary payment. */
    private static String claimLoop(String id, String status, String charge, String paid, String otherAdjustment,
            String controlNumber) {
        return "CLP*" + id + "*" + status + "*" + charge + "*" + paid + "**12*" + controlNumber + "~"
                + "NM1*QC*1*ISLAND*ELLIS*E***MI*789123456~DTM*232*20050120~"
                + "SVC*HC:24599*" + charge + "*" + paid + "**1~DTM*472*20050120~CAS*OA*23*" + otherAdjustment + "~";
    }

    private void expect(String claimId) {
        expectedClaims.record(new NewExpectedClaim(claimId, null, "TAXDOLLARS", TestPractices.LAKESIDE, "MRN-B",
                null, Money.parse("1766.50"), List.of(new NewExpectedClaim.Line(1, "24599", List.of("26"), 1,
                        Money.parse("1766.50"), LocalDate.of(2005, 1, 20))), "corr-" + claimId, UUID.randomUUID()));
    }

    /** Posts stupidedi's tertiary-payments header with our trace, total and claim loops, payee Lakeside. */
    private static void post(String trace, String total, String claims) {
        String text = SampleFiles.text("stupidedi/tertiary-payments.edi");
        String head = text.substring(0, text.indexOf("CLP*")).replace("BPR*I*187.50*", "BPR*I*" + total + "*")
                .replace("TRN*1*0012524879*", "TRN*1*" + trace + "*");
        String body = head.substring(head.indexOf("ST*835")) + claims;
        String file = (head + claims + "SE*" + (body.split("~").length + 1) + "*0001~GE*1*20213~IEA*1*000010216~")
                .replaceAll("N1\\*PE\\*([^*~]*)\\*(XX|FI)\\*[0-9]+", "N1*PE*$1*XX*" + TestPractices.LAKESIDE);
        given().contentType("application/edi-x12").body(file.getBytes(StandardCharsets.ISO_8859_1))
                .post("/remittances").then().log().ifValidationFails().statusCode(201);
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
