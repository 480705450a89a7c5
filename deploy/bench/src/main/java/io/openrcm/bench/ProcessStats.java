package io.openrcm.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * CPU time and memory of the stack's processes, read from /proc (Linux): utime+stime (+ reaped children, for
 * PostgreSQL's backends) from /proc/PID/stat, and the peak resident set VmHWM from /proc/PID/status. A service is
 * found through the launcher's pid file (DATA_DIR/run/NAME.pid) or else by the port it listens on.
 */
final class ProcessStats {

    /** Kernel clock ticks per second (USER_HZ); 100 on every mainstream Linux build. */
    private static final double TICKS_PER_SECOND = 100.0;

    /**
     * One process (or process tree) at one moment: CPU seconds so far, peak and current RSS in MB, and the CPU seconds
     * of its JIT compiler threads (HotSpot's C1 and C2 threads alive now; 0 for a process that is not a JVM).
     */
    record Sample(double cpuSeconds, double peakRssMb, double rssMb, double jitSeconds) {
    }

    private final Map<String, Long> pids = new LinkedHashMap<>();
    private final Map<String, Boolean> trees = new LinkedHashMap<>();

    /** Tracks a service by pid file or port; does nothing (and says why) when neither finds it. */
    void trackService(String name, Path pidFile, int port, List<String> notes) {
        OptionalLong pid = fromPidFile(pidFile, name);
        if (pid.isEmpty()) {
            pid = listening(port);
        }
        if (pid.isPresent()) {
            pids.put(name, pid.getAsLong());
            trees.put(name, false);
        } else {
            notes.add(name + ": no process found (not on this machine?); CPU and RSS not measured");
        }
    }

    /** Tracks whatever listens on the port; with children, their CPU is added (PostgreSQL backends). */
    void trackListener(String name, int port, boolean withChildren, List<String> notes) {
        OptionalLong pid = listening(port);
        if (pid.isPresent()) {
            pids.put(name, pid.getAsLong());
            trees.put(name, withChildren);
        } else {
            notes.add(name + ": nothing listening on port " + port + " here; CPU and RSS not measured");
        }
    }

    Map<String, Sample> sample() {
        Map<String, Sample> samples = new LinkedHashMap<>();
        pids.forEach((name, pid) -> {
            double cpu = cpuTicks(pid, trees.get(name));
            if (trees.get(name)) {
                for (long child : children(pid)) {
                    cpu += cpuTicks(child, false);
                }
            }
            samples.put(name, new Sample(cpu / TICKS_PER_SECOND, statusKb(pid, "VmHWM") / 1024.0,
                    statusKb(pid, "VmRSS") / 1024.0, compilerTicks(pid) / TICKS_PER_SECOND));
        });
        return samples;
    }

    private static OptionalLong fromPidFile(Path file, String name) {
        try {
            long pid = Long.parseLong(Files.readString(file).trim());
            String cmdline = Files.readString(Path.of("/proc/" + pid + "/cmdline"), StandardCharsets.ISO_8859_1);
            return cmdline.contains(name) ? OptionalLong.of(pid) : OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The process holding a listening TCP socket on the port (IPv4 or IPv6). */
    static OptionalLong listening(int port) {
        List<String> inodes = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 9 && f[3].equals("0A") && f[1].endsWith(String.format(":%04X", port))) {
                        inodes.add("socket:[" + f[9] + "]");
                    }
                }
            } catch (IOException e) {
                // No such table (no IPv6): the other one may have it.
            }
        }
        if (inodes.isEmpty()) {
            return OptionalLong.empty();
        }
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path proc : procs) {
                try (DirectoryStream<Path> fds = Files.newDirectoryStream(proc.resolve("fd"))) {
                    for (Path fd : fds) {
                        if (inodes.contains(Files.readSymbolicLink(fd).toString())) {
                            return OptionalLong.of(Long.parseLong(proc.getFileName().toString()));
                        }
                    }
                } catch (IOException e) {
                    // Gone, or not ours to read.
                }
            }
        } catch (IOException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    private static List<Long> children(long parent) {
        List<Long> children = new ArrayList<>();
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path proc : procs) {
                String[] f = statFields(Long.parseLong(proc.getFileName().toString()));
                if (f.length > 1 && f[1].equals(Long.toString(parent))) {
                    children.add(Long.parseLong(proc.getFileName().toString()));
                }
            }
        } catch (IOException e) {
            return children;
        }
        return children;
    }

    /** utime + stime, plus cutime + cstime (children already reaped) when asked. */
    private static double cpuTicks(long pid, boolean withReaped) {
        return cpuTicks(statFields(pid), withReaped);
    }

    /** The same from the fields of a {@code stat} file (a process's or a thread's). */
    private static double cpuTicks(String[] f, boolean withReaped) {
        if (f.length < 15) {
            return 0;
        }
        // f[0] is field 3 (state) of proc(5): utime is field 14, stime 15, cutime 16, cstime 17.
        double ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        return withReaped ? ticks + Long.parseLong(f[13]) + Long.parseLong(f[14]) : ticks;
    }

    /**
     * utime + stime of the process's JIT compiler threads: HotSpot names them "C1 CompilerThreadN" and
     * "C2 CompilerThreadN" (the kernel keeps 15 characters). A compiler thread that has exited took its CPU with it,
     * so this is a lower bound.
     */
    static double compilerTicks(long pid) {
        double ticks = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/" + pid + "/task"), "[0-9]*")) {
            for (Path task : tasks) {
                String name;
                try {
                    name = Files.readString(task.resolve("comm"));
                } catch (IOException e) {
                    continue; // The thread ended while we looked.
                }
                if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                    ticks += cpuTicks(statFields(task.resolve("stat")), false);
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks;
    }

    private static String[] statFields(long pid) {
        return statFields(Path.of("/proc/" + pid + "/stat"));
    }

    /** The fields after the command name of a {@code stat} file; none when it is gone or unreadable. */
    private static String[] statFields(Path file) {
        try {
            String stat = Files.readString(file);
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return new String[0];
        }
    }

    private static long statusKb(long pid, String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(key + ":")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }
}
