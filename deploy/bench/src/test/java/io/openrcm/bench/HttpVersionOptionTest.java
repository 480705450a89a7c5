package io.openrcm.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.http.HttpClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** --http: paced single POSTs share one HTTP/2 connection unless told otherwise; flat-out runs stay on HTTP/1.1. */
class HttpVersionOptionTest {

    private static HttpClient.Version version(String... args) {
        return BenchOptions.parse(args, Map.of()).httpVersion();
    }

    @Test
    void pacedRunsUseHttp2AndFlatOutRunsHttp11UnlessTold() {
        assertThat(version("--rate=500")).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(version("--rate=500", "--http=1.1")).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(version("--http=2")).isEqualTo(HttpClient.Version.HTTP_2);
    }

    @Test
    void refusesAnotherVersion() {
        assertThatIllegalArgumentException().isThrownBy(() -> version("--http=3")).withMessageContaining("--http");
    }
}
