package io.openrcm.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The walk-through with a patient whose name, birth date and member id appear nowhere else, on the happy path and on
 * the paths that log (refused input, a replay, a payment for an unknown claim); then every log file of the run, the
 * services' and PostgreSQL's, is searched for them. None may appear.
 */
@ExtendWith(StackExtension.class)
class PatientDataInLogsSystemTest {

    private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    private final String firstName = "Quenby" + letters(suffix);
    private final String lastName = "Marchbank" + letters(suffix.substring(3));
    private final String memberId = "MBR" + suffix;
    private final LocalDate birthDate = LocalDate.of(1933, 7, 19);

    @Test
    void noLogFileOfTheRunHoldsThePatientsNameBirthDateOrMemberId() throws IOException {
        String ehrId = "SYS-PHI-" + suffix;
        String encounterId = given().baseUri(StackExtension.url("code-service")).contentType(ContentType.JSON)
                .body(encounter(ehrId, LocalDate.now().minusDays(3))).post("/encounters").then().statusCode(201)
                .extract().path("encounterId");
        // The same encounter again (answered from the first), and one refused for a future date of service.
        given().baseUri(StackExtension.url("code-service")).contentType(ContentType.JSON)
                .body(encounter(ehrId, LocalDate.now().minusDays(3))).post("/encounters").then().statusCode(200);
        given().baseUri(StackExtension.url("code-service")).contentType(ContentType.JSON)
                .body(encounter(ehrId + "-FUTURE", LocalDate.now().plusDays(30))).post("/encounters")
                .then().statusCode(400);

        String claimId = ClaimPolling.awaitSubmittedClaimFor(encounterId).getString("claimId");
        given().baseUri(StackExtension.url("reimbursement-service")).contentType(ContentType.JSON)
                .body(Payloads.remittancePaying("TRN-PHI-" + suffix, claimId)).post("/remittances").then().statusCode(201);
        given().baseUri(StackExtension.url("reimbursement-service")).contentType(ContentType.JSON)
                .body(Payloads.remittancePaying("TRN-PHI-UNKNOWN-" + suffix, UUID.randomUUID().toString()))
                .post("/remittances").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(ClaimPolling.claim(claimId).getString("status")).isEqualTo("PAID"));
        // The dashboard's drill-down reads the claim too.
        given().baseUri(StackExtension.url("dashboard")).get("/api/summary").then().statusCode(200);

        List<String> leaks = new ArrayList<>();
        List<Path> logs = logFiles();
        assertThat(logs).as("log files of the run").hasSizeGreaterThanOrEqualTo(5);
        for (Path log : logs) {
            String text = Files.readString(log, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
            for (String value : patientData()) {
                if (text.contains(value.toUpperCase(Locale.ROOT))) {
                    leaks.add(log.getFileName() + " contains " + value);
                }
            }
        }
        assertThat(leaks).as("patient data in the logs").isEmpty();
    }

    private List<String> patientData() {
        return List.of(firstName, lastName, memberId, birthDate.toString(), birthDate.toString().replace("-", ""),
                "07/19/1933");
    }

    /**
     * Every log file of the run: the services' (logs/), PostgreSQL's, Keycloak's, any other {@code *.log} in the
     * data directory. Kafka's {@code *.log} files are its data segments (the events themselves), not logs.
     */
    private static List<Path> logFiles() throws IOException {
        Path data = StackExtension.stack().options().dataDir();
        Path kafkaData = data.resolve("kafka");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(data)) {
            all.filter(Files::isRegularFile).filter(f -> !f.startsWith(kafkaData))
                    .filter(f -> f.startsWith(StackExtension.stack().logsDirectory())
                            || f.getFileName().toString().endsWith(".log"))
                    .forEach(files::add);
        }
        return files;
    }

    private Map<String, Object> encounter(String ehrId, LocalDate dateOfService) {
        Map<String, Object> encounter = new HashMap<>(Payloads.encounter(ehrId));
        encounter.put("patient", Map.of("id", "MRN-" + ehrId, "firstName", firstName, "lastName", lastName,
                "birthDate", birthDate.toString(), "sex", "F"));
        encounter.put("subscriber", Map.of("memberId", memberId));
        encounter.put("dateOfService", dateOfService.toString());
        return encounter;
    }

    // Names of letters only, so no X12 or JSON rule refuses them.
    private static String letters(String text) {
        StringBuilder name = new StringBuilder();
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            name.append((char) ('a' + (Character.isDigit(c) ? c - '0' : c - 'a' + 10) % 26));
        }
        return name.toString();
    }
}
