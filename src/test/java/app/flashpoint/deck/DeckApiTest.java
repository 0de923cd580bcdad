package app.flashpoint.deck;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import app.flashpoint.support.SharedApp;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@SharedApp
class DeckApiTest {
    private static final Argument<List<Map<String, Object>>> LIST_OF_MAPS =
            Argument.listOf(Argument.mapOf(String.class, Object.class));

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void listsTheInterviewDeckWithCounts() {
        List<Map<String, Object>> decks = http.toBlocking().retrieve(HttpRequest.GET("/api/decks"), LIST_OF_MAPS);

        Map<String, Object> luo = decks.stream().filter(d -> d.get("slug").equals("luo-interview")).findFirst()
                .orElseThrow();
        assertThat(luo).containsKeys("slug", "title", "keyPointCount", "itemCount");
        assertThat(((Number) luo.get("keyPointCount")).intValue()).isGreaterThanOrEqualTo(20);
        assertThat(((Number) luo.get("itemCount")).intValue()).isGreaterThanOrEqualTo(60);
    }

    @Test
    @SuppressWarnings("unchecked")
    void deckHasKeyPointsWithFamiliesAndItemCounts() {
        Map<String, Object> deck = http.toBlocking().retrieve(HttpRequest.GET("/api/decks/luo-interview"),
                Argument.mapOf(String.class, Object.class));

        var keyPoints = (List<Map<String, Object>>) deck.get("keyPoints");
        assertThat(keyPoints).allSatisfy(k -> {
            assertThat(k).containsKeys("id", "title", "summary", "family", "itemCount");
            assertThat(((Number) k.get("itemCount")).intValue()).isGreaterThanOrEqualTo(2);
        });
        assertThat(keyPoints).extracting(k -> k.get("id"))
                .contains("three-nos", "compartmentalization", "tolerance-for-imperfection");
        assertThat(keyPoints).extracting(k -> k.get("family")).contains("Leverage", "Russia");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everySourceOffsetIndexesTheServedDocument() {
        List<Map<String, Object>> items = http.toBlocking().retrieve(
                HttpRequest.GET("/api/decks/luo-interview/items"), LIST_OF_MAPS);
        var texts = new HashMap<String, String>();

        assertThat(items).hasSizeGreaterThanOrEqualTo(60).allSatisfy(item -> {
            assertThat(item).containsKeys("id", "type", "keyPoint", "bloom", "content", "explanation", "sources");
            var sources = (List<Map<String, Object>>) item.get("sources");
            assertThat(sources).isNotEmpty();
            for (Map<String, Object> s : sources) {
                String text = texts.computeIfAbsent((String) s.get("document"),
                        name -> http.toBlocking().retrieve("/api/documents/" + name));
                int start = ((Number) s.get("start")).intValue();
                int end = ((Number) s.get("end")).intValue();
                assertThat(text.substring(start, end)).isEqualTo((String) s.get("quote"));
            }
        });
        assertThat(items).extracting(i -> i.get("type")).contains("basic", "reversible", "cloze",
                "multiple_choice", "true_false", "short_answer", "ordering", "matching");
    }

    @Test
    void unknownNamesAnswer404WithAJsonReason() {
        for (String path : List.of("/api/decks/no-such-deck", "/api/decks/no-such-deck/items",
                "/api/documents/no-such.txt")) {
            HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                    () -> http.toBlocking().retrieve(path));
            assertThat(e.getStatus().getCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND.getCode());
            Map<String, Object> body = e.getResponse().getBody(Argument.mapOf(String.class, Object.class)).orElseThrow();
            assertThat(body.get("error").toString()).as(path).contains("no-such");
            assertThat(body.toString()).doesNotContain("Exception");
        }
    }

    @Test
    void healthIsUpWithTheDatabase() {
        Map<String, Object> health = http.toBlocking().retrieve(HttpRequest.GET("/health"),
                Argument.mapOf(String.class, Object.class));
        assertThat(health.get("status")).isEqualTo("UP");
        // .ci/run runs this suite twice: make sure the second run really is on PostgreSQL
        String expected = System.getenv("FLASHPOINT_DB_URL") == null ? "sqlite" : "postgresql";
        assertThat(health.get("details")).isEqualTo(Map.of("database", expected));
    }
}
