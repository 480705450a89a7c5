package io.openrcm.code.api;

import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** Takes the caller's {@code X-Correlation-Id} or starts a new flow with a random UUID. */
public final class CorrelationIds {

    public static final String HEADER = "X-Correlation-Id";
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private CorrelationIds() {
    }

    /**
     * The correlation id of a request.
     *
     * @throws ProblemException 400 when the header is present but not 1 to 100 safe characters (it travels in logs
     *     and Kafka headers)
     */
    public static String resolve(String header) {
        if (header == null || header.isEmpty()) {
            return UUID.randomUUID().toString();
        }
        if (!ALLOWED.matcher(header).matches()) {
            throw ProblemException.invalidRequest(List.of(new Violation("header:" + HEADER,
                    "must be 1 to 100 letters, digits, '.', '_', ':' or '-'")));
        }
        return header;
    }
}
