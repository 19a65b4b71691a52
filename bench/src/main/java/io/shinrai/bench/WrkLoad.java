package io.shinrai.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads one page with wrk for a while: a number of connections, each asking again as soon as its answer has arrived
 * (no think time), all with the same session cookie. Latencies come from {@code bench/wrk-percentiles.lua}.
 */
final class WrkLoad {

    private static final Pattern FIELD = Pattern.compile("(\\w+)=([0-9.]+)");
    /** Far above any latency seen, so that slow answers are measured instead of dropped as wrk's timeouts. */
    private static final String TIMEOUT = "300s";

    /** What wrk measured for one page. */
    record Result(long requests, double seconds, double perSecond, double p50, double p95, double p99, double max,
                  long not200, long socketErrors, long timeouts) {
    }

    private final Path script;
    private final int threads;
    private final int connections;
    private final String cookie;

    WrkLoad(Path script, int threads, int connections, String cookie) {
        this.script = script;
        this.threads = threads;
        this.connections = connections;
        this.cookie = cookie;
    }

    int connections() {
        return connections;
    }

    Result run(URI page, int seconds) throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder("wrk", "-t", String.valueOf(Math.min(threads, connections)),
                "-c", String.valueOf(connections), "-d", seconds + "s", "--timeout", TIMEOUT,
                "-H", "Cookie: " + cookie, "-s", script.toString(), page.toString())
                .redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed on " + page + ":\n" + output);
        }
        String line = output.lines().filter(candidate -> candidate.startsWith("result ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("wrk printed no result for " + page + ":\n" + output));
        Map<String, Double> fields = new HashMap<>();
        Matcher matcher = FIELD.matcher(line);
        while (matcher.find()) {
            fields.put(matcher.group(1), Double.parseDouble(matcher.group(2)));
        }
        for (String name : List.of("requests", "seconds", "rps", "p50_ms", "p95_ms", "p99_ms", "max_ms", "not_200",
                "socket_errors", "timeouts")) {
            if (!fields.containsKey(name)) {
                throw new IllegalStateException("wrk's result has no " + name + ": " + line);
            }
        }
        return new Result(fields.get("requests").longValue(), fields.get("seconds"), fields.get("rps"),
                fields.get("p50_ms"), fields.get("p95_ms"), fields.get("p99_ms"), fields.get("max_ms"),
                fields.get("not_200").longValue(), fields.get("socket_errors").longValue(),
                fields.get("timeouts").longValue());
    }
}
