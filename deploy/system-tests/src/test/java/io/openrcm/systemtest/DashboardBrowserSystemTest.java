package io.openrcm.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogType;

/**
 * The dashboard page in a real headless Chromium, against the whole running stack: a revenue manager signs in on the
 * provider's real login page (authorization code + PKCE), the page loads, its figures agree with the dashboard's API
 * and with the claim-service's own claims, it follows a payment live (no reload), and its feed holds only the signed-in
 * manager's practice (after signing out, the other practice's manager does not see the first one's claims).
 */
@ExtendWith(StackExtension.class)
class DashboardBrowserSystemTest {

    private static final Duration PATIENCE = Duration.ofSeconds(40);
    /** The practices (billing-provider NPIs) of the dev realm's managers; the system tests' encounters are Lakeside's. */
    private static final String LAKESIDE = "1234567893";
    private static final String PRAIRIE = "1679576722";

    private static WebDriver browser;

    @BeforeAll
    static void openBrowser() throws Exception {
        browser = HeadlessChromium.start(List.of(StackExtension.stack().publicKeyPin("dashboard")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void thePageShowsTheApisFiguresAndFollowsANewPaymentLive() throws Exception {
        // Some claims exist before the page opens.
        String before = postEncounter();
        ClaimPolling.awaitClaimFor(before);

        browser.get(StackExtension.url("dashboard") + "/");
        signIn("manager-a");
        await().atMost(PATIENCE).ignoreExceptions()
                .until(() -> text("live").equals("live") && !text("kpi-claims").equals("–"));
        assertThat(browser.getTitle()).contains("Revenue cycle dashboard");
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(this::pageAgreesWithTheApis);

        // A new encounter becomes a claim and a payer pays it: the open page follows without a reload.
        long paidBefore = Long.parseLong(text("count-PAID"));
        String encounterId = postEncounter();
        String claimId = ClaimPolling.awaitClaimFor(encounterId).getString("claimId");
        given().baseUri(StackExtension.url("reimbursement-service")).contentType(ContentType.JSON)
                .body(Payloads.remittancePaying("TRN-UI-" + UUID.randomUUID(), claimId)).post("/remittances")
                .then().statusCode(201);

        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> {
            assertThat(Long.parseLong(text("count-PAID"))).isEqualTo(paidBefore + 1);
            assertThat(browser.findElement(By.cssSelector("#feed li[data-claim='" + claimId + "'] .badge.PAID"))
                    .isDisplayed()).isTrue();
        });
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(this::pageAgreesWithTheApis);

        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
                .filteredOn(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .as("errors in the page's console").isEmpty();
        // What the page looked like, for people reading a failed run (target/dashboard.png).
        Files.write(Path.of("target", "dashboard.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertThat(feedPracticesOfTheSession()).as("practices in manager-a's latest changes").containsOnly(LAKESIDE)
                .isNotEmpty();

        // Signing out ends the session: the page asks for a sign-in again, and Prairie's manager sees none of it.
        browser.findElement(By.id("sign-out")).click();
        signIn("manager-b");
        await().atMost(PATIENCE).ignoreExceptions()
                .until(() -> text("live").equals("live") && !text("kpi-claims").equals("–"));
        assertThat(browser.findElements(By.cssSelector("#feed li[data-claim='" + claimId + "']")))
                .as("Lakeside's claim in Prairie's manager's feed").isEmpty();
        assertThat(feedPracticesOfTheSession()).as("practices in manager-b's latest changes").doesNotContain(LAKESIDE)
                .allMatch(PRAIRIE::equals);
        // The figures too: the system tests' claims are all Lakeside's, so Prairie's manager counts none of them.
        assertThat(text("kpi-claims")).as("claims in Prairie's manager's figures").isEqualTo("0");
    }

    /** Fills the provider's own login page (the dev realm's password is dev-<username>) and submits it. */
    private static void signIn(String username) {
        await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.findElement(By.id("username")).isDisplayed());
        assertThat(browser.getCurrentUrl()).as("the login page is the provider's")
                .startsWith(StackExtension.stack().oidcIssuer() + "/protocol/openid-connect/auth")
                .contains("code_challenge_method=S256");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("dev-" + username);
        browser.findElement(By.id("kc-login")).click();
        await().atMost(PATIENCE).ignoreExceptions()
                .until(() -> browser.getCurrentUrl().startsWith(StackExtension.url("dashboard")));
    }

    /** The billing providers of the latest changes the page's own session may read (its cookie, no token). */
    @SuppressWarnings("unchecked")
    private static List<String> feedPracticesOfTheSession() {
        Object answer = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('api/changes?limit=200', { headers: { Accept: 'application/json' } })
                  .then((r) => r.ok ? r.json() : Promise.reject(new Error('HTTP ' + r.status)))
                  .then((changes) => done(changes.map((c) => c.event.billingProviderNpi)))
                  .catch((e) => done('failed: ' + e.message));
                """);
        assertThat(answer).as("the page session's latest changes").isInstanceOf(List.class);
        return (List<String>) answer;
    }

    private void pageAgreesWithTheApis() {
        JsonPath summary = given().baseUri(StackExtension.url("dashboard")).get("/api/summary").then().statusCode(200)
                .extract().jsonPath();
        long claimServiceTotal = 0;
        // Every status the feed has shown (the claim-service may add statuses: the dashboard lists them too).
        List<String> states = summary.getList("claims.byState.state");
        assertThat(states).contains("CREATED", "SUBMITTED", "PARTIALLY_PAID", "PAID", "DENIED");
        for (String state : states) {
            long onPage = Long.parseLong(text("count-" + state));
            assertThat(onPage).as("page count of %s", state)
                    .isEqualTo(summary.getLong("claims.byState.find { it.state == '" + state + "' }.claims"));
            long inClaimService = given().baseUri(StackExtension.url("claim-service")).queryParam("status", state)
                    .queryParam("size", 1).get("/claims").then().statusCode(200).extract().jsonPath().getLong("total");
            assertThat(onPage).as("claim-service's count of %s", state).isEqualTo(inClaimService);
            claimServiceTotal += inClaimService;
        }
        long allInClaimService = given().baseUri(StackExtension.url("claim-service")).queryParam("size", 1)
                .get("/claims").then().statusCode(200).extract().jsonPath().getLong("total");
        assertThat(Long.parseLong(text("kpi-claims"))).isEqualTo(summary.getLong("claims.total"))
                .isEqualTo(claimServiceTotal).isEqualTo(allInClaimService);
        assertThat(text("aging-total")).isEqualTo(dollars(summary.getString("arAging.total")));
        Object coding = summary.get("workQueues.coding");
        assertThat(text("queue-coding")).isEqualTo(coding == null ? "n/a" : coding.toString());
    }

    private static String postEncounter() {
        Map<String, Object> encounter = Payloads.encounter("UI-" + UUID.randomUUID());
        return given().baseUri(StackExtension.url("code-service")).contentType(ContentType.JSON).body(encounter)
                .post("/encounters").then().statusCode(201).extract().path("encounterId");
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText().trim();
    }

    /** How the page writes an amount: en-US dollars, "$1,234.50". */
    private static String dollars(String amount) {
        return NumberFormat.getCurrencyInstance(Locale.US)
                .format(new BigDecimal(amount));
    }
}
