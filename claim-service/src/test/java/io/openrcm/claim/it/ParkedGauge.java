package io.openrcm.claim.it;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one {@code rcm_parked_events{consumer}} gauge from {@code /q/metrics}: NaN when absent or unreadable. */
final class ParkedGauge {

    private ParkedGauge() {
    }

    static double of(String consumer) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("^rcm_parked_events\\{consumer=\"" + Pattern.quote(consumer) + "\",?}\\s+(\\S+)$",
                Pattern.MULTILINE).matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }
}
