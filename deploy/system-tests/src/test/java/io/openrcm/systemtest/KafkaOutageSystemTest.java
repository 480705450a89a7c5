package io.openrcm.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.openrcm.infra.FreePorts;
import io.openrcm.launcher.ServiceProcess;
import io.openrcm.launcher.ServiceSpec;
import io.openrcm.launcher.Stack;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A service whose broker cannot be reached still starts and stays alive, but is not ready: a load balancer sends it
 * nothing until Kafka answers. (A second claim-service instance on the stack's database, pointed at a dead port.)
 */
@ExtendWith(StackExtension.class)
class KafkaOutageSystemTest {

    @Test
    void aServiceWithoutItsBrokerIsAliveButNotReady() {
        Stack stack = StackExtension.stack();
        ServiceSpec spec = new ServiceSpec(ServiceSpec.CLAIM_SERVICE, "claims", FreePorts.pick());
        // As the stack would start it (HTTPS, its database roles), but pointed at a port where no broker listens.
        Map<String, String> env = new HashMap<>(stack.environmentFor(spec));
        env.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + FreePorts.pick());
        ServiceProcess orphan = ServiceProcess.start(spec, stack.options().repoRoot(), List.of("-Xmx256m"), env,
                stack.logsDirectory().resolve("claim-service-without-kafka.log"));
        try {
            String url = spec.baseUrl();
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .untilAsserted(() -> given().baseUri(url).get("/q/health/live").then().statusCode(200));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> given()
                    .baseUri(url).get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"))
                    .body("checks.findAll { it.status == 'DOWN' }.name", hasItem("Kafka connection health check")));
            // The database side still serves reads.
            given().baseUri(url).get("/claims?size=1").then().statusCode(200);
        } finally {
            orphan.kill();
        }
    }
}
