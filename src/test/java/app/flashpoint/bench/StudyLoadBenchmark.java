package app.flashpoint.bench;

import java.io.IOException;
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
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
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
 * Every learner comes from 127.0.0.1, so the server must be started with a guest limit far above its
 * per-address default (FLASHPOINT_GUEST_RATE=1000000/1m); a refused guest stops the driver with that advice.
 */
public final class StudyLoadBenchmark {
    private static final Pattern INPUT = Pattern.compile("<input type=\"hidden\" name=\"([a-zA-Z]+)\" value=\"([^\"]*)\"");
    private static final String DECK = "luo-interview";
    /** A fresh server spends its first minute compiling (C2); -Dwarmup=60 measures it warm. */
    private static final int WARM_UP_SECONDS = Math.min(Integer.getInteger("warmup", 5), 300);
    /**
     * The interview deck has about twenty cards, so a learner runs out of cards due today after about twenty
     * reviews and a new guest takes over. -Dguests=N signs N guests up before the run (api mode), and
     * learners take them once the warm-up is over, so that the measured window holds review traffic only;
     * a learner who finds none left signs one up itself (counted in the output).
     */
    private static final int PREPARED_GUESTS = Math.min(Integer.getInteger("guests", 0), 100_000);
    /**
     * -Dpoison=N (api mode): the first N learners also re-send their last recorded token with their current card
     * before each honest answer, as a hostile learner could; those replays are not counted as reviews. A replay
     * used to fail the whole group-commit batch it landed in, which then replayed one answer at a time.
     */
    private static final int POISONERS = Integer.getInteger("poison", 0);
    private static final Pattern CARD = Pattern.compile("\"key\":\"([^\"]+)\".*?\"token\":\"([^\"]+)\",\"reps\":(\\d+),\"shown\":(\\d+)");
    private static final Pattern RESULT = Pattern.compile("^\\{\"result\":\"([a-z_]+)\"");

    private final URI base;
    private final boolean api;
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong guestsInWindow = new AtomicLong();
    private final Queue<Guest> prepared = new ConcurrentLinkedQueue<>();
    private final AtomicLong notRecorded = new AtomicLong();
    private final AtomicLong replays = new AtomicLong();
    private final AtomicLong replaysRecorded = new AtomicLong();
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
        System.out.printf("%s mode: %d learners (%d poisoning), %d s against %s (+%d s warm-up); load average before: %s%n",
                api ? "api" : "html", learners, api ? POISONERS : 0, seconds, base, WARM_UP_SECONDS, loadAverage());
        ExecutorService pool = Executors.newFixedThreadPool(learners);
        if (api && PREPARED_GUESTS > 0) {
            prepareGuests(pool, PREPARED_GUESTS);
        }
        long warmUpEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(WARM_UP_SECONDS);
        long end = warmUpEnd + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong reviews = new AtomicLong();
        for (int i = 0; i < learners; i++) {
            boolean poisoner = i < POISONERS;
            long[] writes = new long[1 << 16];
            long[] loops = new long[1 << 16];
            synchronized (this) {
                writeLatencies.add(writes);
                loopLatencies.add(loops);
            }
            pool.submit(() -> {
                if (api) {
                    apiLearner(warmUpEnd, end, reviews, writes, loops, poisoner);
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
        long self = ProcessHandle.current().pid();
        long cpuBefore = cpuTicks(pid);
        long driverBefore = cpuTicks(self);
        Thread.sleep(Math.max(0, (end - System.nanoTime()) / 1_000_000));
        long cpuAfter = cpuTicks(pid);
        long driverAfter = cpuTicks(self);
        pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
        long[] write = merged(writeLatencies);
        long[] loop = merged(loopLatencies);
        double perSecond = reviews.get() / (double) seconds;
        System.out.printf("reviews: %d in %d s = %.0f reviews/s; failures: %d; answers not recorded: %d%n",
                reviews.get(), seconds, perSecond, failures.get(), notRecorded.get());
        if (api) {
            System.out.printf("guests signed up inside the measured window: %d (prepared ones left: %d)%n",
                    guestsInWindow.get(), prepared.size());
            if (POISONERS > 0) {
                System.out.printf("replayed tokens sent (whole run): %d, of which recorded: %d%n",
                        replays.get(), replaysRecorded.get());
            }
        }
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
        if (reviews.get() > 0) {
            System.out.printf("load driver CPU: %.2f ms per review (it shares the cores with the server)%n",
                    10.0 * (driverAfter - driverBefore) / reviews.get());
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
    private void apiLearner(long warmUpEnd, long end, AtomicLong reviews, long[] writes, long[] loops, boolean poisoner) {
        int n = 0;
        String used = null;
        KeepAliveConnection connection = null;
        Matcher card = null;
        while (System.nanoTime() < end) {
            try {
                if (connection == null || !connection.isOpen()) {
                    Guest guest = System.nanoTime() >= warmUpEnd ? prepared.poll() : null;
                    if (guest == null) {
                        guest = signUpGuest();
                        if (System.nanoTime() >= warmUpEnd) {
                            guestsInWindow.incrementAndGet();
                        }
                    }
                    card = CARD.matcher(guest.firstCard());
                    if (!card.find()) {
                        throw new IllegalStateException("a new guest has nothing to study");
                    }
                    connection = guest.session().keepAlive();
                    used = null; // a token is a learner's own: the last guest's would be fresh for this one
                }
                if (poisoner && used != null) {
                    String replay = "{\"card\":\"" + card.group(1) + "\",\"rating\":1,\"token\":\"" + used
                            + "\",\"reps\":" + card.group(3) + ",\"shown\":" + card.group(4) + "}";
                    KeepAliveConnection.Answer refused = connection.postJson("/api/study/" + DECK + "/answers", replay);
                    replays.incrementAndGet();
                    Matcher r = RESULT.matcher(refused.body());
                    if (refused.status() == 200 && r.find() && r.group(1).equals("recorded")) {
                        replaysRecorded.incrementAndGet();
                    }
                }
                String body = "{\"card\":\"" + card.group(1) + "\",\"rating\":3,\"token\":\"" + card.group(2)
                        + "\",\"reps\":" + card.group(3) + ",\"shown\":" + card.group(4) + "}";
                long start = System.nanoTime();
                KeepAliveConnection.Answer rated = connection.postJson("/api/study/" + DECK + "/answers", body);
                long now = System.nanoTime();
                if (rated.status() != 200) {
                    failures.incrementAndGet();
                    connection.close();
                    continue;
                }
                Matcher result = RESULT.matcher(rated.body());
                if (!result.find() || !result.group(1).equals("recorded")) {
                    notRecorded.incrementAndGet();
                } else {
                    used = card.group(2);
                }
                if (start >= warmUpEnd && now < end && n < writes.length) {
                    writes[n] = now - start;
                    loops[n] = now - start;
                    n++;
                    reviews.incrementAndGet();
                }
                card = CARD.matcher(rated.body());
                if (!card.find()) {
                    connection.close(); // nothing left to study today: a new learner takes over
                }
            } catch (IOException | RuntimeException e) {
                failures.incrementAndGet();
                connection = null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        Arrays.fill(writes, n, writes.length, -1);
        Arrays.fill(loops, n, loops.length, -1);
    }

    /** A signed-up guest and the answer to its first {@code /next}. */
    private record Guest(Session session, String firstCard) {
    }

    private Guest signUpGuest() throws IOException, InterruptedException {
        Session session = newGuest();
        return new Guest(session, session.getJson("/api/study/" + DECK + "/next").body());
    }

    private void prepareGuests(ExecutorService pool, int count) throws InterruptedException {
        long start = System.nanoTime();
        var tasks = new ArrayList<java.util.concurrent.Callable<Guest>>();
        for (int i = 0; i < count; i++) {
            tasks.add(this::signUpGuest);
        }
        for (var done : pool.invokeAll(tasks)) {
            try {
                prepared.add(done.get());
            } catch (java.util.concurrent.ExecutionException e) {
                failures.incrementAndGet();
            }
        }
        System.out.printf("signed up %d guests in %.1f s before the run%n", prepared.size(),
                (System.nanoTime() - start) / 1e9);
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
        HttpResponse<String> started = session.post("/guest", Map.of("csrfToken", page.get("csrfToken"),
                "next", "/study/" + DECK));
        if (started.statusCode() == 429) {
            // every learner comes from 127.0.0.1, one address: the server's default allows 30 guests per 10 minutes
            // stop the run: every later guest would be refused too, and the figures would mean nothing
            System.err.println("the server refused a new guest (429 Too Many Requests): start it with a high"
                    + " guest limit, e.g. FLASHPOINT_GUEST_RATE=1000000/1m");
            System.exit(2);
        }
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

    /**
     * One learner's browser: its own cookies (kept here, so that one shared client, with one selector
     * thread, serves every learner), no redirects followed.
     */
    private static final class Session {
        private static final HttpClient CLIENT = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        private final URI base;
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private String csrf;

        Session(URI base) {
            this.base = base;
        }

        /** A lean connection carrying this learner's cookies and CSRF header, for the measured loop. */
        KeepAliveConnection keepAlive() throws IOException {
            return new KeepAliveConnection(base, "Cookie: " + cookieHeader() + "\r\nX-CSRF-Token: " + csrf + "\r\n");
        }

        private String cookieHeader() {
            return cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookieHeader());
            }
            HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).trim();
                String value = pair.substring(eq + 1).trim();
                boolean expired = value.isEmpty() || set.toLowerCase(java.util.Locale.ROOT).contains("max-age=0");
                if (expired) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return response;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html").GET());
        }

        HttpResponse<String> getJson(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json").GET());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }
    }
}
