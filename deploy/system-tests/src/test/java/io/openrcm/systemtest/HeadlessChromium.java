package io.openrcm.systemtest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium, from the Debian packages chromium and chromium-driver (.ci/run installs them). Without
 * them a developer's run skips the browser test; on CI (CI=true) their absence fails it.
 */
final class HeadlessChromium {

    static final String BROWSER = System.getProperty("rcm.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("rcm.chromedriver", "/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** A browser that accepts exactly the given server keys (SHA-256 SPKI pins) besides the usual web PKI. */
    static ChromeDriver start(List<String> trustedKeyPins) throws IOException {
        boolean installed = new File(BROWSER).canExecute() && new File(DRIVER).canExecute();
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(installed, "Chromium is not installed (apt-get install -y chromium chromium-driver)");
        }
        // Explicit paths: Selenium then never tries to download a browser or a driver.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        Path profile = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,2000", "--user-data-dir=" + profile);
        if (!trustedKeyPins.isEmpty()) {
            // The stack's certificates come from its own CA; pinning the servers' keys trusts them and nothing else.
            options.addArguments("--ignore-certificate-errors-spki-list=" + String.join(",", trustedKeyPins));
        }
        // Keeps the page's console, so the test can see script errors.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        return new ChromeDriver(service, options);
    }
}
