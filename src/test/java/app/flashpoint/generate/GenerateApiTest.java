package app.flashpoint.generate;

import app.flashpoint.core.bank.ClozeText;
import app.flashpoint.core.generate.Fixtures;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import app.flashpoint.support.SharedApp;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** POST /api/generate through the embedded server: the interview's drafts, and every way a body can be refused. */
@SharedApp
class GenerateApiTest {
    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);
    private static final String TEXT = Fixtures.interview();
    private static final MediaType PLAIN_UTF8 = MediaType.of("text/plain; charset=utf-8");

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void theInterviewAsJsonGetsDraftsWhoseOffsetsIndexTheSubmittedText() {
        Map<String, Object> drafts = postJson(Map.of("title", Fixtures.INTERVIEW_FILE, "text", TEXT));

        assertThat(keyPoints(drafts)).isNotEmpty().allSatisfy(k -> assertThat(k).containsOnlyKeys("id", "title", "sources"));
        assertThat(items(drafts)).isNotEmpty().allSatisfy(i -> {
            assertThat(i).containsOnlyKeys("id", "type", "keyPoint", "content", "sources", "lint");
            assertThat(sources(i)).isNotEmpty();
        });
        assertOffsetsIndex(TEXT, drafts);
        assertThat(items(drafts)).extracting(i -> i.get("type")).contains("cloze", "ordering", "multiple_choice")
                .allSatisfy(t -> assertThat(List.of("basic", "reversible", "cloze", "multiple_choice", "true_false",
                        "short_answer", "ordering", "matching")).contains((String) t));
        var keyPointIds = keyPoints(drafts).stream().map(k -> k.get("id")).toList();
        assertThat(items(drafts)).allSatisfy(i -> assertThat(keyPointIds).contains(i.get("keyPoint")));
    }

    @Test
    void theInterviewAsPlainTextGetsTheSameDrafts() {
        Map<String, Object> plain = http.toBlocking().retrieve(HttpRequest.POST("/api/generate?title=interview",
                TEXT.getBytes(StandardCharsets.UTF_8)).contentType(PLAIN_UTF8), MAP);

        assertOffsetsIndex(TEXT, plain);
        assertThat(plain).isEqualTo(postJson(Map.of("text", TEXT)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "no war, no instability, and no nukes",
            "China uses its cooperation on the North Korean nuclear and missile issue as a bargaining chip",
            "China will use North Korea as a counterbalance",
            "compartmentalize these two issues",
            "tolerance for imperfection"})
    void theInterviewsKeyPassagesAreCovered(String passage) {
        assertThat(items(interviewDrafts()).stream().flatMap(i -> sources(i).stream()))
                .as("an item quoting “%s”", passage)
                .anyMatch(s -> ((String) s.get("quote")).contains(passage));
    }

    @Test
    void theThreeNosAndTheTwoFormsOfLeverageAreAskedOneByOneAndAsSets() {
        Map<String, Object> drafts = interviewDrafts();
        List<List<String>> clozeAnswers = items(drafts).stream().filter(i -> i.get("type").equals("cloze"))
                .map(i -> new ClozeText((String) content(i).get("text")))
                .map(c -> c.numbers().stream().map(c::answer).toList()).toList();
        List<Object> sequences = items(drafts).stream().filter(i -> i.get("type").equals("ordering"))
                .map(i -> content(i).get("sequence")).toList();

        assertThat(clozeAnswers).contains(List.of("war", "instability", "nukes"));
        assertThat(sequences).contains(List.of("no war", "no instability", "no nukes"),
                List.of("bargaining chip", "counterbalance"));
        assertThat(clozeAnswers.stream().flatMap(List::stream)).contains("bargaining chip", "counterbalance",
                "compartmentalize", "tolerance for imperfection");
    }

    @Test
    void aTextOverOneMegabyteIsRefusedWith413() {
        // 524,289 two-byte characters: half a million characters but just over 1 MB of UTF-8
        String tooBig = "é".repeat(1024 * 1024 / 2 + 1);
        assertRefused(HttpRequest.POST("/api/generate", tooBig.getBytes(StandardCharsets.UTF_8))
                .contentType(PLAIN_UTF8), 413, "too large");
        assertRefused(json(Map.of("text", tooBig)), 413, "1 MB");
        // also refused from its Content-Length alone, before a byte of it is read
        assertRefused(HttpRequest.POST("/api/generate", new byte[8 * 1024 * 1024]).contentType(MediaType.APPLICATION_JSON_TYPE),
                413, "too large");
    }

    @Test
    void anUnknownCharsetIsRefusedWith400() {
        assertRefused(HttpRequest.POST("/api/generate", "Hello.".getBytes(StandardCharsets.UTF_8))
                .contentType(MediaType.of("text/plain; charset=nonsense")), 400, "charset");
    }

    @Test
    void emptyOrBlankTextIsRefusedWith400() {
        assertRefused(json(Map.of("text", "")), 400, "empty");
        assertRefused(json(Map.of("text", "  \n\t ")), 400, "empty");
        assertRefused(HttpRequest.POST("/api/generate", "   \n".getBytes(StandardCharsets.UTF_8))
                .contentType(PLAIN_UTF8), 400, "empty");
    }

    @Test
    void binaryIsRefusedWith400() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 'b', 'i', 'n'};
        assertRefused(HttpRequest.POST("/api/generate", zip).contentType(PLAIN_UTF8), 400, "not plain text");
        byte[] notUtf8 = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
        assertRefused(HttpRequest.POST("/api/generate", notUtf8).contentType(PLAIN_UTF8), 400, "not plain text");
        assertRefused(json(Map.of("text", "PK\u0003\u0004\u0000\u0000binary")), 400, "not plain text");
    }

    @Test
    void malformedJsonOrAMissingTextFieldIsRefusedWith400NamingIt() {
        assertRefused(rawJson("{\"text\": \"unterminated"), 400, "not valid JSON");
        assertRefused(rawJson(""), 400, "text");
        assertRefused(rawJson("[\"text\"]"), 400, "JSON object");
        assertRefused(rawJson("{\"title\": \"no text\"}"), 400, "'text' is missing");
        assertRefused(rawJson("{\"text\": 42}"), 400, "'text' must be a string");
        assertRefused(rawJson("{\"text\": \"fine\", \"title\": [1]}"), 400, "'title' must be a string");
    }

    private Map<String, Object> interviewDrafts() {
        return postJson(Map.of("title", Fixtures.INTERVIEW_FILE, "text", TEXT));
    }

    private Map<String, Object> postJson(Map<String, String> body) {
        return http.toBlocking().retrieve(json(body), MAP);
    }

    private static HttpRequest<?> json(Map<String, String> body) {
        return HttpRequest.POST("/api/generate", body).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static HttpRequest<?> rawJson(String body) {
        return HttpRequest.POST("/api/generate", body.getBytes(StandardCharsets.UTF_8))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private void assertRefused(HttpRequest<?> request, int status, String reason) {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve(request, MAP));
        assertThat(e).as("a refusal for %s", reason).isNotNull();
        assertThat(e.getStatus().getCode()).as(reason).isEqualTo(status);
        Map<String, Object> body = e.getResponse().getBody(MAP).orElseThrow();
        assertThat(body).containsOnlyKeys("status", "error");
        assertThat(((Number) body.get("status")).intValue()).isEqualTo(status);
        assertThat((String) body.get("error")).contains(reason).doesNotContain("Exception");
    }

    private static void assertOffsetsIndex(String text, Map<String, Object> drafts) {
        var all = Stream.concat(keyPoints(drafts).stream(), items(drafts).stream())
                .flatMap(x -> sources(x).stream()).toList();
        assertThat(all).isNotEmpty().allSatisfy(s -> {
            assertThat(s).containsOnlyKeys("start", "end", "quote");
            int start = ((Number) s.get("start")).intValue();
            int end = ((Number) s.get("end")).intValue();
            assertThat(text.substring(start, end)).isEqualTo(s.get("quote"));
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> keyPoints(Map<String, Object> drafts) {
        return (List<Map<String, Object>>) drafts.get("keyPoints");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> drafts) {
        return (List<Map<String, Object>>) drafts.get("items");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> sources(Map<String, Object> x) {
        return (List<Map<String, Object>>) x.get("sources");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> content(Map<String, Object> item) {
        return (Map<String, Object>) item.get("content");
    }
}
