package io.openrcm.payersim;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The simulator's rules as read from {@code payer-simulator.properties}: the clearinghouse id, timing, the seed, the
 * outcome rates, the denials and the payers.
 */
public record SimulatorConfig(String clearinghouseId, String usage, Duration cycleEvery, Duration adjudicationDelay,
        long seed, Rates rates, List<Denial> denials, Map<String, PayerRules> payers) {

    /** The file inside the jar (the one beside the module's pom). */
    public static final String RESOURCE = "/payer-simulator.properties";

    /**
     * How often each outcome happens, as fractions.
     *
     * @param reject 277CA rejection of a good claim
     * @param deny whole-claim denial
     * @param partial one line denied of several
     * @param reversal paid, then reversed and corrected in the next cycle
     * @param interest PLB L6 interest on an 835
     * @param recovery PLB WO overpayment recovery on an 835
     */
    public record Rates(double reject, double deny, double partial, double reversal, double interest,
            double recovery) {
    }

    /** A denial: the CAS group and reason (CARC), and the remark (RARC) sent with it or null. */
    public record Denial(String group, String reason, String remark) {

        static Denial parse(String text) {
            String[] groupAndRest = text.trim().split("-", 2);
            String[] reasonAndRemark = groupAndRest[1].split(":", 2);
            String remark = reasonAndRemark.length > 1 && !reasonAndRemark[1].isBlank() ? reasonAndRemark[1].trim()
                    : null;
            return new Denial(groupAndRest[0].trim(), reasonAndRemark[0].trim(), remark);
        }
    }

    /** The configuration shipped in the jar. */
    public static SimulatorConfig defaults() {
        try (InputStream in = SimulatorConfig.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return read(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(RESOURCE + " cannot be read", e);
        }
    }

    /** The configuration in a file. */
    public static SimulatorConfig load(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        }
    }

    /**
     * Reads the properties.
     *
     * @throws IllegalArgumentException naming the key that is missing or wrong
     */
    public static SimulatorConfig read(Reader in) throws IOException {
        Properties p = new Properties();
        p.load(in);
        Rates rates = new Rates(rate(p, "rates.reject"), rate(p, "rates.deny"), rate(p, "rates.partial"),
                rate(p, "rates.reversal"), rate(p, "rates.interest"), rate(p, "rates.recovery"));
        List<Denial> denials = new ArrayList<>();
        for (String d : required(p, "denials").split(",")) {
            try {
                denials.add(Denial.parse(d));
            } catch (ArrayIndexOutOfBoundsException e) {
                throw new IllegalArgumentException("denials: '" + d.trim() + "' is not GROUP-CARC:RARC");
            }
        }
        Map<String, PayerRules> payers = new LinkedHashMap<>();
        TreeSet<String> ids = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("payer.") && key.endsWith(".name")) {
                ids.add(key.substring("payer.".length(), key.length() - ".name".length()));
            }
        }
        for (String id : ids) {
            payers.put(id, payer(p, id));
        }
        if (payers.isEmpty()) {
            throw new IllegalArgumentException("no payer is configured (payer.<id>.name=...)");
        }
        return new SimulatorConfig(required(p, "clearinghouse.id"), p.getProperty("usage", "P"),
                Duration.parse("PT" + required(p, "cycle-every")), Duration.parse("PT" + required(p,
                        "adjudication-delay")), Long.parseLong(required(p, "seed")), rates, List.copyOf(denials),
                Map.copyOf(payers));
    }

    /** The same rules with other timing (tests, the benchmark). */
    public SimulatorConfig withTiming(Duration cycle, Duration delay) {
        return new SimulatorConfig(clearinghouseId, usage, cycle, delay, seed, rates, denials, payers);
    }

    /** The same rules with other rates (tests). */
    public SimulatorConfig withRates(Rates other) {
        return new SimulatorConfig(clearinghouseId, usage, cycleEvery, adjudicationDelay, seed, other, denials,
                payers);
    }

    private static PayerRules payer(Properties p, String id) {
        String prefix = "payer." + id + ".";
        Map<String, BigDecimal> allowed = new LinkedHashMap<>();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            if (key.startsWith(prefix + "allowed.")) {
                allowed.put(key.substring((prefix + "allowed.").length()), money(p, key));
            }
        }
        String ein = required(p, prefix + "ein");
        if (!ein.matches("\\d{9}")) {
            throw new IllegalArgumentException(prefix + "ein: an EIN has nine digits");
        }
        return new PayerRules(id, required(p, prefix + "name"), ein, money(p, prefix + "allowed-percent"),
                Map.copyOf(allowed), money(p, prefix + "copay"), money(p, prefix + "deductible"),
                rate(p, prefix + "deductible-rate"), money(p, prefix + "coinsurance-percent"),
                p.getProperty(prefix + "claim-filing", "12").trim());
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " is missing");
        }
        return value.trim();
    }

    private static BigDecimal money(Properties p, String key) {
        try {
            return new BigDecimal(required(p, key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a number");
        }
    }

    private static double rate(Properties p, String key) {
        double r;
        try {
            r = Double.parseDouble(required(p, key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a number");
        }
        if (r < 0 || r > 1) {
            throw new IllegalArgumentException(key + " is a fraction from 0 to 1");
        }
        return r;
    }
}
