package io.openrcm.dashboard.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.openrcm.dashboard.remote.RemoteSources.RemoteAnswer;
import org.junit.jupiter.api.Test;

/** The other services' answers, as the contracts between the issues spell them, become the dashboard's figures. */
class RemoteFiguresTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readsTheClaimServicesRates() throws Exception {
        RemoteAnswer metrics = answer("{\"cleanClaimRate\": \"0.9500\", \"firstPassAcceptanceRate\": \"0.9000\","
                + " \"denialRateByCount\": \"0.0500\", \"denialRateByDollars\": \"0.0400\", \"daysInAR\": \"38.2\","
                + " \"claims\": 120}");
        Summary.Rates rates = RemoteFigures.rates(metrics, "41.0");
        assertThat(rates.cleanClaimRate()).isEqualTo("0.9500");
        assertThat(rates.firstPassAcceptanceRate()).isEqualTo("0.9000");
        assertThat(rates.denialRateByDollars()).isEqualTo("0.0400");
        assertThat(rates.daysInAR()).isEqualTo("38.2");
        assertThat(rates.daysInARFromFeed()).isEqualTo("41.0");
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
    void aServiceThatDidNotAnswerGivesNulls() {
        RemoteAnswer down = new RemoteAnswer("claim-service", "http://x/ar/metrics", null, "ConnectException");
        assertThat(RemoteFigures.rates(down, null).cleanClaimRate()).isNull();
        assertThat(RemoteFigures.workQueues(down, down, down)).isEqualTo(new Summary.WorkQueues(null, null, null, null));
        assertThat(RemoteFigures.underpayments(down).claims()).isNull();
    }

    private static RemoteAnswer answer(String json) throws Exception {
        return new RemoteAnswer("service", "http://service/path", JSON.readTree(json), null);
    }
}
