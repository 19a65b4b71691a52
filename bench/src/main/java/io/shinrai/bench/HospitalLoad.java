package io.shinrai.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import io.shinrai.server.ShinraiServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The hospital side under load: starts the server in this JVM on an empty database, seeds a large hospital through
 * the server's own services ({@link HospitalSeed}), times the portfolio recompute in process
 * ({@link PortfolioRecompute}), signs in over HTTP as a member of the hospital and loads the dashboard, the gap
 * list and one system's gaps with wrk — each after the same runs on two peers through the same stack: the login
 * page (security filters, session, Thymeleaf, no gap computation) and the static style sheet.
 *
 * <p>Run by {@code bench/hospital-load}; options there. Results in docs/benchmarks.md.
 */
public final class HospitalLoad {

    private static final String USAGE = """
            usage: HospitalLoad --wrk-script FILE [--database postgresql|h2] [--port N] [--systems N] [--vendors N]
                                [--connections N] [--warmup SECONDS] [--duration SECONDS]
              PostgreSQL from SHINRAI_DB_URL, SHINRAI_DB_USER, SHINRAI_DB_PASSWORD and SPRING_FLYWAY_SCHEMAS (default:
              127.0.0.1:5432, database test, user postgres, schema shinrai_bench, which is dropped first)""";
    /** Enough answers per connection that the requests still in flight when wrk stops, and left out, are few. */
    private static final int ANSWERS_PER_CONNECTION = 5;

    private final Map<String, String> options;
    private final PrintStream out = System.out;

    private HospitalLoad(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int index = 0; index < args.length; index += 2) {
            if (!args[index].startsWith("--") || index + 1 == args.length) {
                System.err.println(USAGE);
                System.exit(2);
            }
            options.put(args[index].substring(2), args[index + 1]);
        }
        if (!options.containsKey("wrk-script")) {
            System.err.println(USAGE);
            System.exit(2);
        }
        new HospitalLoad(options).run();
        System.exit(0);
    }

    private void run() throws Exception {
        List<String> server = new ArrayList<>(List.of("--server.port=" + number("port", 0),
                "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
        server.addAll(BenchDatabase.settings(options.getOrDefault("database", "postgresql"), "hospital-load",
                out));
        out.printf(Locale.ROOT, "JVM: %d CPUs available, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        try (ConfigurableApplicationContext context = SpringApplication.run(ShinraiServer.class,
                server.toArray(String[]::new))) {
            try (Connection connection = context.getBean(DataSource.class).getConnection()) {
                out.println("Database: " + connection.getMetaData().getDatabaseProductName() + " "
                        + connection.getMetaData().getDatabaseProductVersion());
            }
            URI base = URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
            out.println("Seeding through the server's services:");
            HospitalSeed.Seeded seeded = new HospitalSeed(context, out)
                    .seed(number("systems", 2000), number("vendors", 300));
            out.printf(Locale.ROOT, "Seeded: 1 hospital (特定機能病院), %d vendors, %d published disclosures shared with"
                            + " it, %d systems each with one attached, %d gaps with a risk evaluation%n",
                    seeded.vendors(), seeded.systems(), seeded.systems(), seeded.evaluations());

            new PortfolioRecompute(context, out).run(seeded.hospital());
            load(base, seeded, new Idle(context.getBean(MeterRegistry.class)));
        }
    }

    /** Each page in turn: a warm-up, a run with 1 connection, then one with many; the peers first. */
    private void load(URI base, HospitalSeed.Seeded seeded, Idle idle) throws IOException, InterruptedException {
        int connections = number("connections", 50);
        int warmup = number("warmup", 10);
        int duration = number("duration", 30);
        WebSignIn browser = new WebSignIn(base);
        String cookie = browser.signIn(seeded.memberEmail(), HospitalSeed.PASSWORD);
        String hospital = "/orgs/" + seeded.hospital().id();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("peer: style sheet (static)", "/css/shinrai.css");
        pages.put("peer: login page", "/login");
        pages.put("dashboard", hospital + "/dashboard");
        pages.put("gap list (portfolio)", hospital + "/gaps");
        pages.put("one system's gaps", hospital + "/inventory/" + seeded.shownSystem() + "/gaps");

        int cpus = Runtime.getRuntime().availableProcessors();
        WrkLoad single = new WrkLoad(Path.of(options.get("wrk-script")), 1, 1, cookie);
        WrkLoad many = new WrkLoad(Path.of(options.get("wrk-script")), cpus, connections, cookie);
        out.printf(Locale.ROOT, "Load: wrk on loopback, signed in as %s; per page a %d s warm-up with 1"
                        + " connection (discarded), %d s with 1 connection, then %d connections for %d s or, for a"
                        + " slow page, long enough for each connection to get about %d answers%n",
                seeded.memberEmail(), warmup, duration, connections, duration, ANSWERS_PER_CONNECTION);
        out.printf(Locale.ROOT, "%-28s %8s %5s %5s %8s %8s %9s %9s %9s %9s %7s %6s %s%n", "page", "size KB",
                "conns", "s", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "non-200", "errors",
                "CPU busy before");
        Map<String, WrkLoad.Result> underLoad = new LinkedHashMap<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            URI address = base.resolve(page.getValue());
            HttpResponse<byte[]> checked = browser.fetch(page.getValue());
            if (checked.statusCode() != 200) {
                throw new IllegalStateException(page.getValue() + " answers " + checked.statusCode());
            }
            double kilobytes = checked.body().length / 1024.0;
            single.run(address, warmup);
            idle.await();
            WrkLoad.Result alone = timed(single, address, duration, page.getKey(), kilobytes);
            idle.await();
            // a request waits for about the others' service times, shared out over the CPUs
            double expectedLatency = connections * alone.seconds() / Math.max(1, alone.requests()) / cpus;
            int loadSeconds = Math.max(duration, (int) Math.ceil(ANSWERS_PER_CONNECTION * expectedLatency));
            underLoad.put(page.getKey(), timed(many, address, loadSeconds, page.getKey(), kilobytes));
            idle.await();
        }
        WrkLoad.Result peer = underLoad.get("peer: login page");
        out.printf(Locale.ROOT, "p95 with %d connections over the login page's (peer, %.1f ms):", connections,
                peer.p95());
        underLoad.forEach((name, result) -> {
            if (!name.startsWith("peer")) {
                out.printf(Locale.ROOT, " %s %.0f×;", name, result.p95() / peer.p95());
            }
        });
        out.println();
    }

    private WrkLoad.Result timed(WrkLoad wrk, URI address, int seconds, String page, double kilobytes)
            throws IOException, InterruptedException {
        double busyBefore = busyElsewhere();
        WrkLoad.Result result = wrk.run(address, seconds);
        out.printf(Locale.ROOT, "%-28s %8.1f %5d %5d %8d %8.1f %9.1f %9.1f %9.1f %9.1f %7d %6d %14.0f%%%n", page,
                kilobytes, wrk.connections(), seconds, result.requests(), result.perSecond(), result.p50(),
                result.p95(), result.p99(), result.max(), result.not200(), result.socketErrors() + result.timeouts(),
                busyBefore);
        return result;
    }

    private int number(String option, int fallback) {
        return options.containsKey(option) ? Integer.parseInt(options.get(option)) : fallback;
    }

    /**
     * The share of the machine's CPU time in use during one second while this server is idle and wrk not yet
     * started: what else is running. (The load average cannot tell: it counts this server's own request threads.)
     */
    private static double busyElsewhere() throws IOException, InterruptedException {
        long[] before = cpuTimes();
        Thread.sleep(1000);
        long[] after = cpuTimes();
        return 100.0 * (after[0] - before[0]) / Math.max(1, after[1] - before[1]);
    }

    /** Busy and total CPU time of the machine so far, from the first line of /proc/stat. */
    private static long[] cpuTimes() throws IOException {
        String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int index = 1; index < fields.length && index <= 8; index++) {
            total += Long.parseLong(fields[index]);
        }
        long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
        return new long[] {total - idle, total};
    }

    /**
     * Waits until the server has answered every request, including those of a wrk run that has ended: wrk closes
     * its connections at the end of its time, but the server finishes what it started, and the next run must not
     * queue behind it.
     */
    private record Idle(MeterRegistry meters) {

        void await() throws InterruptedException {
            long deadline = System.nanoTime() + 600_000_000_000L;
            while (active() > 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the server is still busy ten minutes after a run");
                }
                Thread.sleep(200);
            }
        }

        private int active() {
            var timers = Search.in(meters).name("http.server.requests.active").longTaskTimers();
            if (timers.isEmpty()) {
                throw new IllegalStateException("the server counts no requests in flight (http.server.requests.active)");
            }
            return timers.stream().mapToInt(timer -> timer.activeTasks()).sum();
        }
    }
}
