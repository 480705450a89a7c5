package io.openrcm.dashboard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.openrcm.dashboard.remote.RemoteSources.RemoteAnswer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The other services' answers, as the contracts between the issues spell them, become the dashboard's figures. */
class RemoteFiguresTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readsTheClaimServicesRates() throws Exception {
        RemoteAnswer metrics = answer("{\"cleanClaimRate\": \"0.9500\", \"firstPassAcceptanceRate\": \"0.9000\","
                + " \"denialRateByCount\": \"0.0500\", \"denialRateByDollars\": \"0.0400\", \"daysInAR\": \"38.2\","
                + " \"claims\": 120, \"insuranceAccountsReceivable\": \"1200.00\","
                + " \"patientAccountsReceivable\": \"85.50\"}");
        Summary.Rates rates = RemoteFigures.rates(metrics, "41.0");
        assertThat(rates.cleanClaimRate()).isEqualTo("0.9500");
        assertThat(rates.firstPassAcceptanceRate()).isEqualTo("0.9000");
        assertThat(rates.denialRateByDollars()).isEqualTo("0.0400");
        assertThat(rates.daysInAR()).isEqualTo("38.2");
        assertThat(rates.daysInARFromFeed()).isEqualTo("41.0");
        assertThat(rates.insuranceAccountsReceivable()).isEqualTo("1200.00");
        assertThat(rates.patientAccountsReceivable()).isEqualTo("85.50");
    }

    @Test
    void readsTheWorkQueuesOfThreeServices() throws Exception {
        Summary.WorkQueues q = RemoteFigures.workQueues(answer("{\"items\": [], \"total\": 7}"),
                answer("{\"SCRUB_FAILED\": 3, \"REJECTED\": 2}"), answer("{\"items\": [{}], \"total\": 1}"));
        assertThat(q).isEqualTo(new Summary.WorkQueues(7L, 3L, 2L, 1L));
    }

    @Test
    void readsTheUnderpaymentsAndKeepsTheFirstTen() throws Exception {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            items.append(i == 0 ? "" : ",").append("{\"claimId\": \"c").append(i).append("\", \"payerId\": \"P\",")
                    .append(" \"code\": \"99213\", \"expectedAllowed\": \"100.00\", \"allowed\": \"90.00\",")
                    .append(" \"underpaidAmount\": \"10.00\"}");
        }
        Summary.Underpayments u = RemoteFigures.underpayments(
                answer("{\"items\": [" + items + "], \"total\": 12, \"totalUnderpaid\": \"120.00\"}"));
        assertThat(u.claims()).isEqualTo(12L);
        assertThat(u.totalUnderpaid()).isEqualTo("120.00");
        assertThat(u.items()).hasSize(10);
        assertThat(u.items().get(0).get("underpaidAmount").asText()).isEqualTo("10.00");
    }

    @Test
    void parkedEventsAreCountedPerServiceWithTheFirstFiveAndNoPayload() throws Exception {
        StringBuilder events = new StringBuilder();
        for (int i = 1; i <= 7; i++) {
            events.append(i == 1 ? "" : ",").append("{\"id\": ").append(i)
                    .append(", \"consumer\": \"claim-service.payment-posted\", \"eventType\": \"PaymentPosted\",")
                    .append(" \"reason\": \"IllegalStateException: boom\", \"attempts\": 5,")
                    .append(" \"lastFailure\": \"2026-12-02T06:00:00Z\", \"topic\": \"t\", \"offset\": 9}");
        }
        RemoteAnswer claim = new RemoteAnswer("claim-service", "http://claim/admin/parked-events",
                JSON.readTree("[" + events + "]"), null);
        RemoteAnswer code = new RemoteAnswer("code-service", "http://code/admin/parked-events", JSON.readTree("[]"),
                null);
        RemoteAnswer down = new RemoteAnswer("reimbursement-service", "http://reimb/admin/parked-events", null,
                "ConnectException");

        Summary.ParkedEvents parked = RemoteFigures.parkedEvents(List.of(code, claim, down));

        assertThat(parked.permitted()).isTrue();
        assertThat(parked.total()).isEqualTo(7L);
        assertThat(parked.services()).extracting(Summary.ParkedQueue::service, Summary.ParkedQueue::count)
                .containsExactly(tuple("code-service", 0L), tuple("claim-service", 7L),
                        tuple("reimbursement-service", null));
        Summary.ParkedQueue claimQueue = parked.services().get(1);
        assertThat(claimQueue.adminUrl()).isEqualTo("http://claim/admin/parked-events");
        assertThat(claimQueue.items()).hasSize(5);
        assertThat(claimQueue.items().get(0).get("reason").asText()).isEqualTo("IllegalStateException: boom");
        assertThat(claimQueue.items().get(0).has("offset")).isFalse();
        assertThat(RemoteFigures.parkedEvents(List.of(down)).total()).isNull();
    }

    @Test
    void aCallerWhoIsNotAnAdministratorGetsTheParkedPanelMarkedNotPermitted() {
        Summary.ParkedEvents parked = Summary.ParkedEvents.notPermitted();

        assertThat(parked.permitted()).isFalse();
        assertThat(parked.total()).isNull();
        assertThat(parked.services()).isEmpty();
    }

    @Test
    void aServiceThatDidNotAnswerGivesNulls() {
        RemoteAnswer down = new RemoteAnswer("claim-service", "http://x/ar/metrics", null, "ConnectException");
        assertThat(RemoteFigures.rates(down, null).cleanClaimRate()).isNull();
        assertThat(RemoteFigures.workQueues(down, down, down)).isEqualTo(new Summary.WorkQueues(null, null, null, null));
        assertThat(RemoteFigures.underpayments(down).claims()).isNull();
    }

    private static RemoteAnswer answer(String json) throws Exception {
        return new RemoteAnswer("service", "http://service/path", JSON.readTree(json), null);
    }

    @Test
    void theClearinghousePanelShowsEachServicesLinkAndNaWhenItDoesNotAnswer() throws Exception {
        RemoteAnswer claim = new RemoteAnswer("claim-service", "http://claim/admin/clearinghouse-status",
                JSON.readTree("{\"service\": \"claim-service\", \"connection\": \"acme\", \"enabled\": true,"
                        + " \"state\": \"DOWN\", \"consecutiveFailures\": 3,"
                        + " \"lastError\": \"ConnectException: Connection refused\", \"hostKeyRefused\": false,"
                        + " \"lastSuccess\": \"2026-12-02T06:00:00Z\", \"backlog\": 12,"
                        + " \"backlogDirection\": \"outbound\", \"failedFiles\": 2}"), null);
        RemoteAnswer down = new RemoteAnswer("reimbursement-service", "http://reimb/admin/clearinghouse-status", null,
                "HTTP 403");

        List<Summary.ClearinghouseLink> links = RemoteFigures.clearinghouse(List.of(claim, down));

        assertThat(links).hasSize(2);
        Summary.ClearinghouseLink c = links.get(0);
        assertThat(c).isEqualTo(new Summary.ClearinghouseLink("claim-service",
                "http://claim/admin/clearinghouse-status", "DOWN", "acme", 3L, "ConnectException: Connection refused",
                false, "2026-12-02T06:00:00Z", 12L, "outbound", 2L));
        Summary.ClearinghouseLink r = links.get(1);
        assertThat(r.service()).isEqualTo("reimbursement-service");
        assertThat(r.state()).isNull();
        assertThat(r.backlog()).isNull();
        assertThat(r.failedFiles()).isNull();
        assertThat(r.hostKeyRefused()).isNull();
        // An answer that is not a status (an older service without the endpoint's shape) is n/a, not a guess.
        assertThat(RemoteFigures.clearinghouse(List.of(new RemoteAnswer("claim-service", "u", JSON.readTree("[]"),
                null))).get(0).state()).isNull();
    }
}
