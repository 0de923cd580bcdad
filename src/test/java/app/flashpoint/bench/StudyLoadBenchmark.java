package app.flashpoint.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Load driver: N concurrent learners, each a guest with its own cookies, doing review loops against a
 * running app. Mode {@code html}: show card → reveal → rate Good, as a browser without JavaScript would
 * (three requests, two full pages). Mode {@code api}: the study API, as the page's script or an app would:
 * one JSON POST per review that records the rating and returns the next card. Bounded in time and
 * learners, loopback only. Prints reviews/s, the latency percentiles of the rating request (the write) and
 * of the whole loop, the machine's load average, and the ratio to a bare-JDBC ceiling when given one.
 *
 * <pre>
 * java -cp target/test-classes app.flashpoint.bench.StudyLoadBenchmark [baseUrl] [learners] [seconds] [html|api] [ceiling/s]
 * </pre>
 */
public final class StudyLoadBenchmark {
    private static final Pattern INPUT = Pattern.compile("<input type=\"hidden\" name=\"([a-zA-Z]+)\" value=\"([^\"]*)\"");
    private static final String DECK = "luo-interview";
    /** A fresh server spends its first minute compiling (C2); -Dwarmup=60 measures it warm. */
    private static final int WARM_UP_SECONDS = Math.min(Integer.getInteger("warmup", 5), 300);
    private static final Pattern CARD = Pattern.compile("\"key\":\"([^\"]+)\".*?\"token\":\"([^\"]+)\",\"reps\":(\\d+),\"shown\":(\\d+)");
    private static final Pattern RESULT = Pattern.compile("^\\{\"result\":\"([a-z_]+)\"");

    private final URI base;
    private final boolean api;
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong notRecorded = new AtomicLong();
    private final List<long[]> writeLatencies = new ArrayList<>();
    private final List<long[]> loopLatencies = new ArrayList<>();

    private StudyLoadBenchmark(URI base, boolean api) {
        this.base = base;
        this.api = api;
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080/");
        if (!List.of("127.0.0.1", "localhost", "::1").contains(base.getHost())) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        int learners = Math.min(args.length > 1 ? Integer.parseInt(args[1]) : 50, 500);
        int seconds = Math.min(args.length > 2 ? Integer.parseInt(args[2]) : 20, 300);
        String mode = args.length > 3 ? args[3] : "html";
        if (!List.of("html", "api").contains(mode)) {
            throw new IllegalArgumentException("mode is html or api: " + mode);
        }
        double ceiling = args.length > 4 ? Double.parseDouble(args[4]) : 0;
        new StudyLoadBenchmark(base, mode.equals("api")).run(learners, seconds, ceiling);
    }

    private void run(int learners, int seconds, double ceiling) throws InterruptedException {
        System.out.printf("%s mode: %d learners, %d s against %s (+%d s warm-up); load average before: %s%n",
                api ? "api" : "html", learners, seconds, base, WARM_UP_SECONDS, loadAverage());
        ExecutorService pool = Executors.newFixedThreadPool(learners);
        long warmUpEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(WARM_UP_SECONDS);
        long end = warmUpEnd + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong reviews = new AtomicLong();
        for (int i = 0; i < learners; i++) {
            long[] writes = new long[1 << 16];
            long[] loops = new long[1 << 16];
            synchronized (this) {
                writeLatencies.add(writes);
                loopLatencies.add(loops);
            }
            pool.submit(() -> {
                if (api) {
                    apiLearner(warmUpEnd, end, reviews, writes, loops);
                } else {
                    learner(warmUpEnd, end, reviews, writes, loops);
                }
            });
        }
        pool.shutdown();
        // the server's own CPU time over the measured window (-Dserver.pid=…): a cost per review that other
        // processes on the machine hardly change, unlike reviews/s
        long pid = Long.getLong("server.pid", 0);
        Thread.sleep(Math.max(0, (warmUpEnd - System.nanoTime()) / 1_000_000));
        long cpuBefore = cpuTicks(pid);
        Thread.sleep(Math.max(0, (end - System.nanoTime()) / 1_000_000));
        long cpuAfter = cpuTicks(pid);
        pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
        long[] write = merged(writeLatencies);
        long[] loop = merged(loopLatencies);
        double perSecond = reviews.get() / (double) seconds;
        System.out.printf("reviews: %d in %d s = %.0f reviews/s; failures: %d; answers not recorded: %d%n",
                reviews.get(), seconds, perSecond, failures.get(), notRecorded.get());
        System.out.printf("rating POST  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms%n",
                pct(write, 50), pct(write, 95), pct(write, 99), pct(write, 100));
        if (!api) {
            System.out.printf("whole loop   p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  (show + reveal + rate)%n",
                    pct(loop, 50), pct(loop, 95), pct(loop, 99));
        }
        if (ceiling > 0) {
            System.out.printf("ratio to the bare-JDBC ceiling of %.0f reviews/s: %.1f %%%n", ceiling, 100 * perSecond / ceiling);
        }
        if (pid > 0 && reviews.get() > 0) {
            double cpuSeconds = (cpuAfter - cpuBefore) / 100.0;
            System.out.printf("server CPU: %.1f s in the window = %.2f ms per review (%.0f %% of one core)%n",
                    cpuSeconds, 1000 * cpuSeconds / reviews.get(), 100 * cpuSeconds / seconds);
        }
        System.out.printf("load average after: %s%n", loadAverage());
    }

    /** utime + stime of a process, in clock ticks (100 per second on Linux). */
    private static long cpuTicks(long pid) {
        if (pid <= 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The study API: one POST per review, whose answer carries the next card. */
    private void apiLearner(long warmUpEnd, long end, AtomicLong reviews, long[] writes, long[] loops) {
        int n = 0;
        Session session = null;
        Matcher card = null;
        while (System.nanoTime() < end) {
            try {
                if (session == null) {
                    session = newGuest();
                    card = CARD.matcher(session.getJson("/api/study/" + DECK + "/next").body());
                    if (!card.find()) {
                        throw new IllegalStateException("a new guest has nothing to study");
                    }
                }
                String body = "{\"card\":\"" + card.group(1) + "\",\"rating\":3,\"token\":\"" + card.group(2)
                        + "\",\"reps\":" + card.group(3) + ",\"shown\":" + card.group(4) + "}";
                long start = System.nanoTime();
                HttpResponse<String> rated = session.postJson("/api/study/" + DECK + "/answers", body);
                long now = System.nanoTime();
                if (rated.statusCode() != 200) {
                    failures.incrementAndGet();
                    session = null;
                    continue;
                }
                Matcher result = RESULT.matcher(rated.body());
                if (!result.find() || !result.group(1).equals("recorded")) {
                    notRecorded.incrementAndGet();
                }
                if (start >= warmUpEnd && now < end && n < writes.length) {
                    writes[n] = now - start;
                    loops[n] = now - start;
                    n++;
                    reviews.incrementAndGet();
                }
                card = CARD.matcher(rated.body());
                if (!card.find()) {
                    session = null; // nothing left to study today: a new learner takes over
                }
            } catch (IOException | RuntimeException e) {
                failures.incrementAndGet();
                session = null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        Arrays.fill(writes, n, writes.length, -1);
        Arrays.fill(loops, n, loops.length, -1);
    }

    private void learner(long warmUpEnd, long end, AtomicLong reviews, long[] writes, long[] loops) {
        int n = 0;
        Session session = null;
        while (System.nanoTime() < end) {
            try {
                if (session == null) {
                    session = newGuest();
                }
                long start = System.nanoTime();
                Map<String, String> front = inputs(session.get("/study/" + DECK).body());
                if (!front.containsKey("token")) {
                    session = null; // nothing left to study today: a new learner takes over
                    continue;
                }
                String reveal = "/study/" + DECK + "?reveal=1&card=" + enc(front.get("card")) + "&token="
                        + front.get("token") + "&shown=" + front.get("shown");
                Map<String, String> back = inputs(session.get(reveal).body());
                back.put("rating", "3");
                long postStart = System.nanoTime();
                HttpResponse<String> rated = session.post("/study/" + DECK + "/answers", back);
                long now = System.nanoTime();
                if (rated.statusCode() != 303) {
                    failures.incrementAndGet();
                    continue;
                }
                if (postStart >= warmUpEnd && now < end && n < writes.length) {
                    writes[n] = now - postStart;
                    loops[n] = now - start;
                    n++;
                    reviews.incrementAndGet();
                }
            } catch (IOException | RuntimeException e) {
                failures.incrementAndGet();
                session = null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        Arrays.fill(writes, n, writes.length, -1);
        Arrays.fill(loops, n, loops.length, -1);
    }

    private Session newGuest() throws IOException, InterruptedException {
        var session = new Session(base);
        // the study page offers "Study as a guest" to a visitor
        Map<String, String> page = inputs(session.get("/study/" + DECK).body());
        session.post("/guest", Map.of("csrfToken", page.get("csrfToken"), "next", "/study/" + DECK));
        Map<String, String> settings = inputs(session.get("/study/" + DECK + "/settings").body());
        // enough new cards a day that a learner does not run dry during the run
        session.post("/study/" + DECK + "/settings", Map.of("csrfToken", settings.get("csrfToken"),
                "desiredRetention", "0.9", "newPerDay", "9999", "reviewsPerDay", "9999"));
        session.csrf = settings.get("csrfToken");
        return session;
    }

    private static Map<String, String> inputs(String html) {
        var values = new LinkedHashMap<String, String>();
        Matcher m = INPUT.matcher(html);
        while (m.find()) {
            values.putIfAbsent(m.group(1), m.group(2).replace("&amp;", "&"));
        }
        // the rate form follows the reveal/undo forms: take its own card fields where present
        int rate = html.indexOf("id=\"rate-form\"");
        if (rate > 0) {
            Matcher r = INPUT.matcher(html.substring(rate));
            while (r.find()) {
                values.put(r.group(1), r.group(2).replace("&amp;", "&"));
            }
        }
        return values;
    }

    private static long[] merged(List<long[]> parts) {
        return parts.stream().flatMapToLong(Arrays::stream).filter(v -> v >= 0).sorted().toArray();
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(i, 0)] / 1e6;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One learner's browser: its own cookies, no redirects followed. */
    private static final class Session {
        private final URI base;
        private final HttpClient client;
        private String csrf;

        Session(URI base) {
            this.base = base;
            this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html")
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> getJson(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json")
                    .header("Content-Type", "application/json").header("X-CSRF-Token", csrf)
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
