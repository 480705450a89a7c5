package io.openrcm.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The results history: {@code deploy/bench/results.csv}, one line per reported run (oldest first), and the chart
 * drawn from it ({@code results.svg}, shown in deploy/bench/README.md).
 */
final class ResultsHistory {

    private ResultsHistory() {
    }

    /** Every run recorded so far, oldest first; empty when there is no file yet. */
    static List<BenchResult> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank())
                .map(BenchResult::parse).toList();
    }

    /** Appends the run (writing the header first into a new file). */
    static void append(Path file, BenchResult result) throws IOException {
        if (!Files.isRegularFile(file)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, BenchResult.HEADER + "\n", StandardCharsets.UTF_8);
        }
        Files.writeString(file, result.toCsv() + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** Draws the chart of every recorded run into the SVG file. */
    static void chart(Path results, Path svg) throws IOException {
        Files.writeString(svg, ResultsChart.svg(read(results)), StandardCharsets.UTF_8);
    }

    /** Today (UTC), as the date column holds it. */
    static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    /** The short commit checked out in the working directory, with "+changes" when the tree is dirty. */
    static String commit() {
        String head = run("git", "rev-parse", "--short", "HEAD");
        if (head.isEmpty()) {
            return "unknown";
        }
        return run("git", "status", "--porcelain", "--untracked-files=no").isEmpty() ? head : head + "+changes";
    }

    /** Cores and CPU model of this machine. */
    static String machine() {
        String model = "";
        try {
            model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.replaceFirst("model name\\s*:\\s*", "")).orElse("");
        } catch (IOException | RuntimeException e) {
            // not Linux: the core count alone
        }
        return Runtime.getRuntime().availableProcessors() + " cores" + (model.isEmpty() ? "" : " " + model.trim());
    }

    private static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            }
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
