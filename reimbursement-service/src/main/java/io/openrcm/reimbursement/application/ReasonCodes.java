package io.openrcm.reimbursement.application;

import io.openrcm.reimbursement.domain.Adjustment;
import io.openrcm.reimbursement.domain.ClaimPayment;
import io.openrcm.reimbursement.domain.ServiceLinePayment;
import io.openrcm.reimbursement.persistence.ReasonCodeStore;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The CARC and RARC code lists: at start-up the lists shipped with the service ({@code codes/} on the classpath),
 * then the user's current lists (one code per line) from {@code rcm.reimbursement.codesets-dir} ({@code carc*.txt},
 * {@code rarc*.txt}) when set; more through the API. A remittance's codes that are in no list are kept and
 * reported, never refused.
 */
@ApplicationScoped
public class ReasonCodes {

    private static final Logger LOG = Logger.getLogger(ReasonCodes.class);
    /** The shipped lists (see codes/SOURCES.md), by code type. */
    static final Map<String, String> SHIPPED = Map.of("CARC", "codes/carc.txt", "RARC", "codes/rarc.txt");

    @Inject
    ReasonCodeStore store;
    @Inject
    Clock clock;
    @ConfigProperty(name = "rcm.reimbursement.codesets-dir")
    Optional<String> codesetsDir;

    void onStart(@Observes StartupEvent start) {
        loadShipped();
        codesetsDir.map(Path::of).filter(Files::isDirectory).ifPresentOrElse(this::loadDirectory,
                () -> LOG.infof("No CARC/RARC folder configured or found (%s): the shipped lists only; current "
                        + "lists load through POST /codesets",
                        codesetsDir.orElse("rcm.reimbursement.codesets-dir unset")));
    }

    /** Loads the lists shipped on the classpath; returns how many codes were new. */
    @Transactional
    public int loadShipped() {
        int added = 0;
        for (Map.Entry<String, String> list : SHIPPED.entrySet()) {
            try (InputStream in = ReasonCodes.class.getClassLoader().getResourceAsStream(list.getValue())) {
                if (in == null) {
                    throw new IllegalStateException(list.getValue() + " is missing from the classpath");
                }
                int n = load(list.getKey(), new String(in.readAllBytes(), StandardCharsets.UTF_8), list.getValue());
                LOG.infof("Loaded %d new %s codes from the shipped %s", n, list.getKey(), list.getValue());
                added += n;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return added;
    }

    /** Loads every carc*.txt and rarc*.txt of the folder. */
    @Transactional
    public void loadDirectory(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString().toLowerCase();
                String type = name.startsWith("carc") ? "CARC" : name.startsWith("rarc") ? "RARC" : null;
                if (type != null && name.endsWith(".txt")) {
                    int added = load(type, Files.readString(f), f.getFileName().toString());
                    LOG.infof("Loaded %d new %s codes from %s", added, type, f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads a list of codes (one per line, blank lines and anything after the code ignored); returns new ones. */
    @Transactional
    public int load(String type, String list, String source) {
        Set<String> codes = new LinkedHashSet<>();
        for (String line : list.split("\\R")) {
            String code = line.strip().split("[\\s,;]", 2)[0];
            if (Adjustment.isReasonCode(code) || code.matches("[A-Z0-9]{1,10}")) {
                codes.add(code.toUpperCase());
            }
        }
        return store.add(type, codes, source, Instant.now(clock));
    }

    /** How many codes of each type are loaded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> counts() {
        return store.counts();
    }

    /** The CARCs and RARCs of a claim payment that are not in the loaded lists, as CARC:x / RARC:y. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> unknown(ClaimPayment payment) {
        Set<String> carcs = new LinkedHashSet<>();
        payment.allAdjustments().stream().map(Adjustment::reason).forEach(carcs::add);
        Set<String> rarcs = new LinkedHashSet<>(payment.remarkCodes());
        payment.lines().stream().map(ServiceLinePayment::remarkCodes).forEach(rarcs::addAll);
        List<String> unknown = new ArrayList<>();
        Set<String> knownCarcs = store.known("CARC", carcs);
        carcs.stream().filter(c -> !knownCarcs.contains(c)).forEach(c -> unknown.add("CARC:" + c));
        Set<String> knownRarcs = store.known("RARC", rarcs);
        rarcs.stream().filter(c -> !knownRarcs.contains(c)).forEach(c -> unknown.add("RARC:" + c));
        return unknown;
    }
}
