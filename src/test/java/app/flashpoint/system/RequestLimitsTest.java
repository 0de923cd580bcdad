package app.flashpoint.system;

import app.flashpoint.support.WebSession;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-address limits on starting guests and signing up, and the optimizer's bounds on fits at once,
 * through the real server with low limits (the rest of the suite runs with high ones). Every test takes
 * fresh random addresses: with PostgreSQL the buckets outlive the run.
 */
@MicronautTest(transactional = false)
@Property(name = "flashpoint.guest-rate", value = "3/1h")
@Property(name = "flashpoint.signup-rate", value = "2/1h")
@Property(name = "flashpoint.optimize.concurrency", value = "2")
@Property(name = "flashpoint.optimize.per-caller", value = "1")
class RequestLimitsTest {
    private static final String PASSWORD = "correct horse battery";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @Inject
    DatabaseDescription database;

    @Inject
    DataSource dataSource;

    @Test
    void guestsOverTheAddressLimitAre429WithRetryAfterAndAMessage() {
        String address = randomAddress();
        for (int i = 0; i < 3; i++) {
            assertThat(startGuest(new WebSession(server.getURI(), address)).statusCode()).isEqualTo(303);
        }
        var fourth = new WebSession(server.getURI(), address);
        HttpResponse<String> refused = startGuest(fourth);

        assertThat(refused.statusCode()).isEqualTo(429);
        // 3 an hour: the next token is about 20 minutes away
        assertThat(retryAfter(refused)).isBetween(1000L, 1200L);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(refused.body()).contains("Too many guest accounts were started from your network address")
                .contains("try again at").contains("UTC");
        assertThat(fourth.cookie("JWT")).isEmpty();

        // a script asking for JSON gets the reason as JSON
        HttpResponse<String> json = send(HttpRequest.newBuilder(server.getURI().resolve("/guest"))
                .header("Accept", "application/json").header("X-Forwarded-For", address)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrfToken=x")));
        assertThat(json.statusCode()).isEqualTo(429);
        assertThat(json.headers().firstValue("Retry-After")).isPresent();
        assertThat(json.body()).startsWith("{").contains("\"status\":429").contains("Too many guest accounts");

        // another address is not affected
        assertThat(startGuest(new WebSession(server.getURI(), randomAddress())).statusCode()).isEqualTo(303);
    }

    @Test
    void withPostgresqlAnotherInstanceTakesFromTheSameBucket() {
        String address = randomAddress();
        for (int i = 0; i < 3; i++) {
            assertThat(startGuest(new WebSession(server.getURI(), address)).statusCode()).isEqualTo(303);
        }
        // the buckets another instance of the app would hold, over the same database
        var otherInstance = new RateBuckets(database, dataSource);
        boolean refusedThere = otherInstance.take("guest:" + address, Rate.parse("test", "3/1h")).isPresent();
        // SQLite means one instance, whose buckets are its own memory
        assertThat(refusedThere).isEqualTo(database.kind().equals("postgresql"));
    }

    @Test
    void oneIpv6NetworkSharesItsBucket() {
        String prefix = "2001:db8:" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 16)) + ":"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 16)) + ":";
        for (int i = 1; i <= 3; i++) {
            assertThat(startGuest(new WebSession(server.getURI(), prefix + ":" + i)).statusCode()).isEqualTo(303);
        }
        // a fresh address of the same /64 (written in full this time) is the same client
        assertThat(startGuest(new WebSession(server.getURI(), prefix + "0:0:0:99")).statusCode()).isEqualTo(429);
    }

    @Test
    void signUpsOverTheAddressLimitAre429WithRetryAfterAndAMessage() {
        String address = randomAddress();
        for (int i = 0; i < 2; i++) {
            assertThat(signUp(new WebSession(server.getURI(), address)).statusCode()).isEqualTo(303);
        }
        var third = new WebSession(server.getURI(), address);
        HttpResponse<String> refused = signUp(third);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(retryAfter(refused)).isBetween(1700L, 1800L);
        assertThat(refused.body()).contains("Too many sign-ups from your network address").contains("try again at");
        assertThat(third.cookie("JWT")).isEmpty();
        assertThat(signUp(new WebSession(server.getURI(), randomAddress())).statusCode()).isEqualTo(303);
    }

    @Test
    void optimizerFitsAreBoundedPerCallerAndInAll() throws Exception {
        String a = randomAddress();
        String b = randomAddress();
        String c = randomAddress();
        // a quick request: an empty log is a 400 once it runs, a 429 when it may not run
        assertThat(quickOptimize(a).statusCode()).isEqualTo(400);

        try (Socket slowA = startSlowOptimize(a); Socket slowB = startSlowOptimize(b)) {
            HttpResponse<String> secondOfA = awaitStatus(a, 429);
            assertThat(retryAfter(secondOfA)).isPositive();
            assertThat(secondOfA.body()).contains("\"status\":429").contains("already have 1 optimizer request");

            // both slots are taken now (a's and b's): a third caller is refused too, with its own reason
            HttpResponse<String> ofC = awaitStatus(c, 429);
            assertThat(retryAfter(ofC)).isPositive();
            assertThat(ofC.body()).contains("The optimizer is busy");

            // b finishes its upload: its request answers, and its slot is free again
            OutputStream out = slowB.getOutputStream();
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(statusLine(slowB.getInputStream())).contains(" 400 ");
            assertThat(awaitStatus(c, 400).body()).contains("body is empty");
        }
        // a's client went away in the middle of its upload: that frees its slot as well
        assertThat(awaitStatus(a, 400).statusCode()).isEqualTo(400);
    }

    @Test
    void aSignedInCallerIsOneCallerFromEveryAddress() throws Exception {
        var guest = new WebSession(server.getURI(), randomAddress());
        startGuest(guest);
        String cookie = "JWT=" + guest.cookie("JWT").orElseThrow().getValue();
        String elsewhere = randomAddress();

        try (Socket slow = startSlowOptimize(randomAddress(), cookie)) {
            // a quick request sent before the slow one is in would take the account's one slot for a moment and
            // have the slow one refused: let the slow one take it first, and check that it still waits
            assertStillRunning(slow);
            HttpResponse<String> refused = awaitStatus(elsewhere, cookie, 429);
            assertThat(refused.body()).contains("already have 1 optimizer request");
            // the same address without the account is another caller
            assertThat(quickOptimize(elsewhere, null).statusCode()).isEqualTo(400);
        }
        assertThat(awaitStatus(elsewhere, cookie, 400).statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> startGuest(WebSession web) {
        web.get("/login");
        return web.post("/guest", Map.of());
    }

    private HttpResponse<String> signUp(WebSession web) {
        web.get("/signup");
        String username = "lim" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        return web.post("/signup", Map.of("username", username, "password", PASSWORD, "confirm", PASSWORD));
    }

    private HttpResponse<String> quickOptimize(String address) {
        return quickOptimize(address, null);
    }

    private HttpResponse<String> quickOptimize(String address, String cookie) {
        var request = HttpRequest.newBuilder(server.getURI().resolve("/api/fsrs/optimize"))
                .header("Content-Type", "text/csv").header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(""));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request);
    }

    /** Polls until the quick request answers {@code status} (the slow upload's fit may take a moment to start). */
    private HttpResponse<String> awaitStatus(String address, int status) throws InterruptedException {
        return awaitStatus(address, null, status);
    }

    private HttpResponse<String> awaitStatus(String address, String cookie, int status) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        HttpResponse<String> response = quickOptimize(address, cookie);
        while (response.statusCode() != status && System.nanoTime() < deadline) {
            Thread.sleep(50);
            response = quickOptimize(address, cookie);
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response;
    }

    /** A chunked upload that sends the log's header line and then waits: its fit is running, reading. */
    private Socket startSlowOptimize(String address) throws IOException {
        return startSlowOptimize(address, null);
    }

    private Socket startSlowOptimize(String address, String cookie) throws IOException {
        var socket = new Socket(server.getHost(), server.getPort());
        socket.setSoTimeout(10_000);
        String header = "card_id,review_rating,review_time,review_duration\n";
        String request = "POST /api/fsrs/optimize HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n"
                + "Accept: application/json\r\nX-Forwarded-For: " + address + "\r\n"
                + (cookie == null ? "" : "Cookie: " + cookie + "\r\n") + "Transfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(header.length()) + "\r\n" + header + "\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /** The slow upload has not been answered (refused) within half a second: it holds its slot. */
    private static void assertStillRunning(Socket slow) throws IOException, InterruptedException {
        Thread.sleep(500);
        assertThat(slow.getInputStream().available()).as("the slow upload was answered already").isZero();
    }

    private static String statusLine(InputStream in) throws IOException {
        var line = new StringBuilder();
        for (int ch = in.read(); ch >= 0 && ch != '\n'; ch = in.read()) {
            line.append((char) ch);
        }
        return line.toString();
    }

    private static long retryAfter(HttpResponse<String> response) {
        return Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
    }

    private static String randomAddress() {
        var random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
