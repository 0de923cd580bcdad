package app.flashpoint.scheduling;

import app.flashpoint.support.SimulatedLearner;
import app.flashpoint.core.fsrs.Evaluator;
import app.flashpoint.core.fsrs.OptimizationResult;
import app.flashpoint.core.fsrs.Optimizer;
import app.flashpoint.core.fsrs.Parameters;
import app.flashpoint.core.fsrs.ReviewRecord;
import app.flashpoint.core.fsrs.SimulationConfig;
import app.flashpoint.core.fsrs.SimulationResult;
import app.flashpoint.core.fsrs.Simulator;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import app.flashpoint.support.SharedApp;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

/** Both FSRS endpoints through the embedded server: results, every 400, the 413. */
@SharedApp
class FsrsApiTest {
    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);
    private static final String T0 = "2022-11-29T12:30:00Z";
    private static final Parameters TRUTH = Parameters.of(
            0.4, 1.1, 3.5, 12.0, 6.0, 0.6, 1.8, 0.05, 1.6, 0.2, 1.0,
            1.8, 0.1, 0.3, 2.0, 0.4, 2.2, 0.4, 0.3, 0.1, 0.3);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Test
    void pyFsrsVectorWithEachReviewAtThePreviousDue() {
        int[] ratings = {3, 3, 3, 3, 3, 3, 1, 1, 3, 3, 3, 3, 3};
        List<String> reviews = new ArrayList<>();
        List<Map<String, Object>> steps = List.of();
        String time = T0;
        for (int rating : ratings) {
            reviews.add(review(rating, time));
            steps = steps(schedule("{\"enableFuzz\":false,\"reviews\":[" + String.join(",", reviews) + "]}"));
            time = (String) steps.get(steps.size() - 1).get("due");
        }

        assertThat(steps).extracting(s -> ((Number) s.get("scheduledDays")).intValue())
                .containsExactly(0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21);
        assertThat(steps).extracting(s -> s.get("state")).containsExactly("LEARNING", "REVIEW", "REVIEW", "REVIEW",
                "REVIEW", "REVIEW", "RELEARNING", "RELEARNING", "REVIEW", "REVIEW", "REVIEW", "REVIEW", "REVIEW");
        assertThat(steps).extracting(s -> ((Number) s.get("rating")).intValue())
                .containsExactly(Arrays.stream(ratings).boxed().toArray(Integer[]::new));
        assertThat(steps.get(0)).containsEntry("time", T0).containsEntry("due", "2022-11-29T12:40:00Z");
    }

    @Test
    void pyFsrsMemoryStateAfterAgainThenFiveGoods() {
        int[] gaps = {0, 0, 1, 3, 8, 21};
        int[] ratings = {1, 3, 3, 3, 3, 3};
        Instant now = Instant.parse(T0);
        List<String> reviews = new ArrayList<>();
        for (int i = 0; i < ratings.length; i++) {
            now = now.plus(Duration.ofDays(gaps[i]));
            reviews.add(review(ratings[i], now.toString()));
        }
        List<Map<String, Object>> steps = steps(schedule("{\"enableFuzz\":false,\"reviews\":[" + String.join(",", reviews) + "]}"));

        Map<String, Object> last = steps.get(steps.size() - 1);
        assertThat(((Number) last.get("stability")).doubleValue()).isCloseTo(53.62691, within(1e-4));
        assertThat(((Number) last.get("difficulty")).doubleValue()).isCloseTo(6.3574867, within(1e-4));
    }

    @Test
    void settingsAreUsed() {
        // One learning step of an hour: Hard waits 1.5 steps, Good graduates at once.
        String body = "{\"learningSteps\":[\"1h\"],\"relearningSteps\":[],\"enableFuzz\":false,\"reviews\":["
                + review(2, T0) + "," + review(3, "2022-11-29T14:00:00Z") + "]}";
        List<Map<String, Object>> steps = steps(schedule(body));
        assertThat(steps.get(0)).containsEntry("state", "LEARNING").containsEntry("due", "2022-11-29T14:00:00Z");
        assertThat(steps.get(1)).containsEntry("state", "REVIEW");

        // A lower target retention gives longer intervals; the cap bounds them.
        String graduate = "\"reviews\":[" + review(4, T0) + "," + review(3, "2022-12-20T12:30:00Z") + "]}";
        int at90 = lastDays(schedule("{\"enableFuzz\":false," + graduate));
        int at75 = lastDays(schedule("{\"enableFuzz\":false,\"desiredRetention\":0.75," + graduate));
        int capped = lastDays(schedule("{\"enableFuzz\":false,\"maximumInterval\":7," + graduate));
        assertThat(at75).isGreaterThan(at90);
        assertThat(capped).isEqualTo(7);

        // The default weights sent explicitly change nothing.
        String weights = Arrays.stream(Parameters.defaults().toArray()).mapToObj(Double::toString)
                .collect(Collectors.joining(","));
        assertThat(schedule("{\"enableFuzz\":false,\"parameters\":[" + weights + "]," + graduate))
                .isEqualTo(schedule("{\"enableFuzz\":false," + graduate));
    }

    @Test
    void fuzzIsOnByDefaultAndReproducible() {
        StringBuilder reviews = new StringBuilder(review(4, T0));
        String time = T0;
        for (int i = 0; i < 8; i++) {
            time = Instant.parse(time).plus(Duration.ofDays(30L * (i + 1))).toString();
            reviews.append(',').append(review(3, time));
        }
        String fuzzed = schedule("{\"reviews\":[" + reviews + "]}");
        assertThat(schedule("{\"enableFuzz\":true,\"reviews\":[" + reviews + "]}")).isEqualTo(fuzzed);
        assertThat(fuzzed).isNotEqualTo(schedule("{\"enableFuzz\":false,\"reviews\":[" + reviews + "]}"));
    }

    static Stream<Arguments> invalidSchedules() {
        String ok = review(3, T0);
        return Stream.of(
                Arguments.of("{\"reviews\":[" + ok + "," + ok + "," + review(5, T0) + "]}", "reviews[2].rating"),
                Arguments.of("{\"reviews\":[{\"rating\":0,\"time\":\"" + T0 + "\"}]}", "reviews[0].rating"),
                Arguments.of("{\"reviews\":[{\"rating\":\"3\",\"time\":\"" + T0 + "\"}]}", "reviews[0].rating"),
                Arguments.of("{\"reviews\":[{\"rating\":2.5,\"time\":\"" + T0 + "\"}]}", "reviews[0].rating"),
                Arguments.of("{\"reviews\":[" + ok + "," + review(3, "2022-11-29T12:29:59Z") + "]}", "reviews[1].time"),
                Arguments.of("{\"reviews\":[" + review(3, "yesterday") + "]}", "reviews[0].time"),
                Arguments.of("{\"reviews\":[" + review(3, "2022-11-29 12:30") + "]}", "reviews[0].time"),
                Arguments.of("{\"reviews\":[{\"rating\":3}]}", "reviews[0].time"),
                Arguments.of("{\"reviews\":[{\"rating\":3,\"time\":\"" + T0 + "\",\"ease\":2.5}]}", "reviews[0].ease"),
                Arguments.of("{\"reviews\":[]}", "reviews must not be empty"),
                Arguments.of("{\"enableFuzz\":false}", "reviews is required"),
                Arguments.of("{\"reviews\":{}}", "reviews must be an array"),
                Arguments.of("{\"parameters\":[1,2,3],\"reviews\":[" + ok + "]}", "parameters must have 21 numbers, got 3"),
                Arguments.of("{\"parameters\":" + weightsWith(4, "11") + ",\"reviews\":[" + ok + "]}", "parameters[4] must be in [1.0, 10.0]"),
                Arguments.of("{\"parameters\":" + weightsWith(20, "0.05") + ",\"reviews\":[" + ok + "]}", "parameters[20]"),
                Arguments.of("{\"parameters\":" + weightsWith(3, "\"8\"") + ",\"reviews\":[" + ok + "]}", "parameters[3] must be a number"),
                Arguments.of("{\"desiredRetention\":0.5,\"reviews\":[" + ok + "]}", "desiredRetention"),
                Arguments.of("{\"desiredRetention\":0.995,\"reviews\":[" + ok + "]}", "desiredRetention"),
                Arguments.of("{\"learningSteps\":[\"1m\",\"10x\"],\"reviews\":[" + ok + "]}", "learningSteps[1]"),
                Arguments.of("{\"learningSteps\":\"1m\",\"reviews\":[" + ok + "]}", "learningSteps must be an array"),
                Arguments.of("{\"relearningSteps\":[\"0m\"],\"reviews\":[" + ok + "]}", "relearningSteps[0]"),
                Arguments.of("{\"maximumInterval\":0,\"reviews\":[" + ok + "]}", "maximumInterval"),
                Arguments.of("{\"enableFuzz\":\"yes\",\"reviews\":[" + ok + "]}", "enableFuzz"),
                Arguments.of("{\"desired_retention\":0.8,\"reviews\":[" + ok + "]}", "desired_retention is not a field"),
                Arguments.of("{\"reviews\":[" + ok, "body is not valid JSON"),
                Arguments.of("[" + ok + "]", "body must be a JSON object"),
                Arguments.of("", "body is empty"));
    }

    @ParameterizedTest
    @MethodSource("invalidSchedules")
    void invalidScheduleRequestsNameTheField(String body, String expected) {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class, () -> schedule(body));
        assertThat(e).as(body).isNotNull();
        assertThat(e.getStatus().getCode()).as(body).isEqualTo(400);
        assertIsJsonError(e, 400, expected);
    }

    @Test
    @SuppressWarnings("unchecked")
    void simulateAnswersPerDayListsAndIsReproducible() {
        String body = "{\"deckSize\":200,\"learnSpan\":30,\"maxCostPerDay\":3600,\"seed\":5,\"desiredRetention\":0.85}";
        Map<String, Object> result = post("/api/fsrs/simulate", body);

        for (String key : List.of("memorized", "reviewCount", "learnCount", "cost")) {
            assertThat((List<Object>) result.get(key)).as(key).hasSize(30);
        }
        assertThat(((List<Number>) result.get("learnCount")).stream().mapToInt(Number::intValue).sum()).isEqualTo(200);
        assertThat(((Number) result.get("totalLearned")).intValue()).isEqualTo(200);
        assertThat(((Number) result.get("totalReviews")).longValue()).isPositive();
        assertThat(((List<Number>) result.get("memorized")).get(29).doubleValue()).isBetween(100.0, 200.0);
        assertThat(((List<Number>) result.get("cost"))).allSatisfy(c -> assertThat(c.doubleValue()).isLessThan(3600 + 120));
        assertThat(post("/api/fsrs/simulate", body)).isEqualTo(result);
        assertThat(post("/api/fsrs/simulate", body.replace("\"seed\":5", "\"seed\":6")).get("reviewCount"))
                .isNotEqualTo(result.get("reviewCount"));
        // The endpoint is the core simulator with the body's settings.
        SimulationResult core = Simulator.simulate(
                SimulationConfig.of(Parameters.defaults(), 0.85, 200, 30, 3600), 5);
        assertThat(((List<Number>) result.get("reviewCount")).stream().map(Number::intValue).toList())
                .isEqualTo(core.reviewCount());
    }

    @Test
    @SuppressWarnings("unchecked")
    void optimalRetentionAnswersTheBestRetentionAndTheCurve() {
        Map<String, Object> result = post("/api/fsrs/optimal-retention",
                "{\"deckSize\":300,\"learnSpan\":90,\"samples\":1,\"parameters\":" + weightsWith(11, "0.05") + "}");
        double retention = ((Number) result.get("retention")).doubleValue();
        List<Map<String, Object>> curve = (List<Map<String, Object>>) result.get("curve");

        assertThat(retention).isBetween(0.70, 0.97);
        assertThat(curve).hasSize(28);
        assertThat(curve.get(0)).containsKeys("retention", "costPerMemorized", "reviewsPerDay", "costPerDay", "memorized");
        assertThat(((Number) curve.get(0).get("retention")).doubleValue()).isEqualTo(0.70);
        assertThat(((Number) curve.get(27).get("retention")).doubleValue()).isEqualTo(0.97);
        double best = curve.stream().mapToDouble(p -> ((Number) p.get("costPerMemorized")).doubleValue()).min().orElseThrow();
        assertThat(curve).filteredOn(p -> ((Number) p.get("retention")).doubleValue() == retention)
                .singleElement().satisfies(p -> assertThat(((Number) p.get("costPerMemorized")).doubleValue()).isEqualTo(best));
    }

    static Stream<Arguments> invalidSimulations() {
        return Stream.of(
                Arguments.of("/api/fsrs/simulate", "{\"deckSize\":0}", "deckSize must be a whole number in [1, 100000]"),
                Arguments.of("/api/fsrs/simulate", "{\"deckSize\":100001}", "deckSize"),
                Arguments.of("/api/fsrs/simulate", "{\"deckSize\":12.5}", "deckSize"),
                Arguments.of("/api/fsrs/simulate", "{\"deckSize\":\"many\"}", "deckSize must be a number"),
                Arguments.of("/api/fsrs/simulate", "{\"learnSpan\":3651}", "learnSpan must be a whole number in [1, 3650]"),
                Arguments.of("/api/fsrs/simulate", "{\"deckSize\":100000,\"learnSpan\":3650}", "deckSize × learnSpan must be at most"),
                Arguments.of("/api/fsrs/simulate", "{\"maxCostPerDay\":0}", "maxCostPerDay"),
                Arguments.of("/api/fsrs/simulate", "{\"maxCostPerDay\":-5}", "maxCostPerDay"),
                Arguments.of("/api/fsrs/simulate", "{\"desiredRetention\":0.98}", "desiredRetention must be in [0.70, 0.97]"),
                Arguments.of("/api/fsrs/simulate", "{\"desiredRetention\":0.5}", "desiredRetention"),
                Arguments.of("/api/fsrs/simulate", "{\"seed\":1.5}", "seed must be a whole number"),
                Arguments.of("/api/fsrs/simulate", "{\"learnLimitPerDay\":0}", "learnLimitPerDay"),
                Arguments.of("/api/fsrs/simulate", "{\"maxInterval\":0}", "maxInterval"),
                Arguments.of("/api/fsrs/simulate", "{\"parameters\":[1,2]}", "parameters must have 21 numbers, got 2"),
                Arguments.of("/api/fsrs/simulate", "{\"parameters\":" + weightsWith(4, "11") + "}", "parameters[4]"),
                Arguments.of("/api/fsrs/simulate", "{\"samples\":2}", "samples is not a field"),
                Arguments.of("/api/fsrs/simulate", "{\"deck_size\":2}", "deck_size is not a field"),
                Arguments.of("/api/fsrs/simulate", "[1]", "body must be a JSON object"),
                Arguments.of("/api/fsrs/simulate", "{\"deckSize\":", "body is not valid JSON"),
                Arguments.of("/api/fsrs/simulate", "", "body is empty"),
                Arguments.of("/api/fsrs/optimal-retention", "{\"samples\":0}", "samples must be a whole number in [1, 8]"),
                Arguments.of("/api/fsrs/optimal-retention", "{\"samples\":9}", "samples"),
                Arguments.of("/api/fsrs/optimal-retention", "{\"desiredRetention\":0.9}", "desiredRetention is not a field"),
                Arguments.of("/api/fsrs/optimal-retention", "{\"deckSize\":50000,\"learnSpan\":365,\"samples\":2}",
                        "deckSize × learnSpan × samples must be at most"),
                Arguments.of("/api/fsrs/optimal-retention", "{\"learnSpan\":-1}", "learnSpan"),
                Arguments.of("/api/fsrs/optimal-retention", "", "body is empty"));
    }

    @ParameterizedTest
    @MethodSource("invalidSimulations")
    void invalidSimulationRequestsNameTheField(String path, String body, String expected) {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class, () -> post(path, body));
        assertThat(e).as(body).isNotNull();
        assertIsJsonError(e, 400, expected);
    }

    @Test
    void optimizeFitsAGeneratedLog() {
        List<ReviewRecord> log = SimulatedLearner.simulate(TRUTH, 400, 10, 11);
        Map<String, Object> result = optimize(SimulatedLearner.csv(log));

        // The endpoint is a thin wrapper: its weights are exactly what the optimizer fits on the same log.
        OptimizationResult direct = new Optimizer().fit(log);
        @SuppressWarnings("unchecked")
        List<Number> parameters = (List<Number>) result.get("parameters");
        assertThat(parameters).hasSize(21);
        assertThat(parameters.stream().mapToDouble(Number::doubleValue).toArray())
                .containsExactly(direct.parameters().toArray(), within(1e-12));
        assertThat(result).containsEntry("fit", "FULL").containsEntry("reviews", 4000).containsEntry("cards", 400);
        assertThat(((Number) result.get("items")).intValue()).isEqualTo(direct.itemCount()).isGreaterThan(2000);
        assertThat(((Number) result.get("millis")).longValue()).isNotNegative();

        // Plausible: about as good as the weights the learner was simulated with, in and out of sample.
        double truthLoss = new Evaluator().evaluate(TRUTH, log).logLoss();
        double logLoss = ((Number) result.get("logLoss")).doubleValue();
        assertThat(logLoss).isCloseTo(truthLoss, within(0.01));
        assertThat(((Number) result.get("rmseBins")).doubleValue()).isBetween(0.0, 0.08);
        @SuppressWarnings("unchecked")
        Map<String, Object> evaluation = (Map<String, Object>) result.get("evaluation");
        assertThat(((Number) evaluation.get("logLoss")).doubleValue()).isBetween(truthLoss - 0.05, truthLoss + 0.05);
        assertThat(((Number) evaluation.get("rmseBins")).doubleValue()).isBetween(0.0, 0.15);
    }

    @Test
    void aBadLineIsNamed() {
        List<ReviewRecord> log = SimulatedLearner.simulate(TRUTH, 20, 5, 3);
        List<String> lines = new ArrayList<>(SimulatedLearner.csv(log).lines().toList());
        // Line 17 of the file (the header is line 1) gets a rating of 7.
        lines.set(16, lines.get(16).replaceFirst("^(\\d+),\\d,", "$1,7,"));
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> optimize(String.join("\n", lines)));
        assertIsJsonError(e, 400, "line 17:");
        assertIsJsonError(e, 400, "review_rating");

        lines.set(16, lines.get(16).replaceFirst(",7,", ",3,").replaceFirst(",20\\d\\d-", ",yesterday-"));
        e = catchThrowableOfType(HttpClientResponseException.class, () -> optimize(String.join("\n", lines)));
        assertIsJsonError(e, 400, "line 17: bad review_time");
    }

    @Test
    void anEmptyOrHeaderlessLogIs400() {
        assertIsJsonError(catchThrowableOfType(HttpClientResponseException.class, () -> optimize("")), 400,
                "body is empty");
        assertIsJsonError(catchThrowableOfType(HttpClientResponseException.class,
                () -> optimize(SimulatedLearner.HEADER + "\n")), 400, "no reviews");
        assertIsJsonError(catchThrowableOfType(HttpClientResponseException.class,
                () -> optimize("1,3,2024-01-01T08:00:00Z,0\n")), 400, "line 1: missing column");
    }

    @Test
    void aLengthOverTenMbIsRefusedBeforeAnyOfTheBodyIsSent() throws IOException {
        // Only the headers go out: an answer proves the length alone was refused (no body could be read).
        try (var socket = new java.net.Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/fsrs/optimize HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: text/csv\r\nContent-Length: " + (LogFitting.MAX_BYTES + 1) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = readAnswer(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413").contains("application/json")
                    .contains("\"status\":413").contains("Review log too large").contains("10 MB");
        }
    }

    @Test
    void aChunkedLogOverTenMbIs413AndOneOfExactlyTenMbIsRead() {
        assertThat(LogFitting.MAX_BYTES).isEqualTo(10L * 1024 * 1024);
        java.net.http.HttpResponse<String> over = sendChunked(LogFitting.MAX_BYTES + 1);
        assertThat(over.headers().firstValue("Content-Length")).isPresent(); // the answer's; the request had none
        assertThat(over.statusCode()).isEqualTo(413);
        assertThat(over.body()).contains("\"status\":413").contains("Review log too large").contains("10 MB")
                .doesNotContain("Exception");

        // exactly at the limit the whole log is read: header and blank lines, so "no reviews"
        java.net.http.HttpResponse<String> atLimit = sendChunked(LogFitting.MAX_BYTES);
        assertThat(atLimit.statusCode()).isEqualTo(400);
        assertThat(atLimit.body()).contains("no reviews");
    }

    /** A header line and then blank lines, {@code size} bytes in all, sent chunked (no Content-Length). */
    private java.net.http.HttpResponse<String> sendChunked(long size) {
        byte[] body = new byte[Math.toIntExact(size)];
        Arrays.fill(body, (byte) '\n');
        byte[] header = (SimulatedLearner.HEADER + "\n").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, body, 0, header.length);
        var request = java.net.http.HttpRequest.newBuilder(server.getURI().resolve("/api/fsrs/optimize"))
                .header("Content-Type", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .build();
        try {
            return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The answer's head and body as text, up to its Content-Length. */
    private static String readAnswer(java.io.InputStream in) throws IOException {
        var text = new StringBuilder();
        int length = -1;
        while (true) {
            var line = new StringBuilder();
            for (int ch = in.read(); ch >= 0 && ch != '\n'; ch = in.read()) {
                line.append((char) ch);
            }
            String l = line.toString().strip();
            text.append(l).append('\n');
            if (l.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(l.substring(15).strip());
            }
            if (l.isEmpty()) {
                break;
            }
        }
        return text + new String(in.readNBytes(Math.max(0, length)), StandardCharsets.UTF_8);
    }

    private String schedule(String body) {
        return http.toBlocking().retrieve(HttpRequest.POST("/api/fsrs/schedule", body)
                .contentType(MediaType.APPLICATION_JSON_TYPE), String.class);
    }

    private Map<String, Object> post(String path, String body) {
        return http.toBlocking().retrieve(HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON_TYPE), MAP);
    }

    private Map<String, Object> optimize(String csv) {
        HttpResponse<Map<String, Object>> response = http.toBlocking().exchange(
                HttpRequest.POST("/api/fsrs/optimize", csv).contentType("text/csv"), MAP);
        return response.body();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> steps(String json) {
        Map<String, Object> response = parse(json);
        return (List<Map<String, Object>>) response.get("steps");
    }

    private int lastDays(String json) {
        List<Map<String, Object>> steps = steps(json);
        return ((Number) steps.get(steps.size() - 1).get("scheduledDays")).intValue();
    }

    private Map<String, Object> parse(String text) {
        try {
            return json.readValue(text, MAP);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertIsJsonError(HttpClientResponseException e, int status, String expected) {
        assertThat(e).isNotNull();
        assertThat(e.getStatus().getCode()).isEqualTo(status);
        Map<String, Object> body = e.getResponse().getBody(MAP).orElseThrow();
        assertThat(body).containsEntry("status", status);
        assertThat(body.get("error").toString()).contains(expected).doesNotContain("Exception", "\tat ");
    }

    private static String review(int rating, String time) {
        return "{\"rating\":" + rating + ",\"time\":\"" + time + "\"}";
    }

    private static String weightsWith(int index, String value) {
        String[] weights = Arrays.stream(Parameters.defaults().toArray()).mapToObj(Double::toString)
                .toArray(String[]::new);
        weights[index] = value;
        return "[" + String.join(",", weights) + "]";
    }
}
