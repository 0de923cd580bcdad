package app.flashpoint.deck;

import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemType;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import app.flashpoint.support.SharedApp;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@SharedApp
class DeckPagesTest {
    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    DeckCatalog catalog;

    @Test
    void homeListsTheDecks() {
        String html = page("/");
        assertThat(html).contains("href=\"/decks/luo-interview\"").contains("key points");
    }

    @Test
    void deckPageGroupsKeyPointsByFamilyWithCounts() {
        String html = page("/decks/luo-interview");
        DeckDetail deck = catalog.deck("luo-interview", null).orElseThrow();
        for (DeckDetail.Family family : deck.families()) {
            assertThat(html).contains(escape(family.name()))
                    .contains(family.keyPoints().size() + " key points · " + family.itemCount() + " items");
        }
        assertThat(deck.families()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void everyKindOfItemRendersWithAnswerExplanationAndPassageLink() {
        List<Item> items = catalog.items("luo-interview").orElseThrow();
        for (ItemType type : ItemType.values()) {
            Item item = items.stream().filter(i -> i.type() == type).findFirst().orElseThrow();
            String html = page("/decks/luo-interview/items/" + item.id());
            assertThat(html).as(item.id())
                    .contains("Show answer")
                    .contains(escape(item.explanation()))
                    .contains("/documents/" + item.sources().get(0).document() + "#q-" + item.id() + "-0");
        }
    }

    @Test
    void clozeItemsShowOneCardPerDeletionWithABlank() {
        Item cloze = catalog.items("luo-interview").orElseThrow().stream()
                .filter(i -> i.type() == ItemType.CLOZE).findFirst().orElseThrow();
        String html = page("/decks/luo-interview/items/" + cloze.id());
        assertThat(html).contains("class=\"blank\"").contains("Card 1 of");
    }

    @Test
    void readerHighlightsEveryCitationWithAnAnchor() {
        List<Citation> citations = catalog.citationsOf("luo-interview-north-korea.txt", null);
        String html = page("/documents/luo-interview-north-korea.txt");
        assertThat(citations).hasSizeGreaterThanOrEqualTo(60);
        citations.forEach(c -> assertThat(html).contains("id=\"" + c.anchor() + "\""));
        assertThat(html).contains("class=\"speaker\">Shuxian Luo:</strong>")
                .contains("class=\"speaker\">Tyler Quillen:</strong>")
                .contains("mark class=\"cited\"");
        // every highlight lists only citations the panel knows about
        Matcher cites = Pattern.compile("data-cites=\"([^\"]+)\"").matcher(html);
        int marks = 0;
        while (cites.find()) {
            marks++;
            for (String anchor : cites.group(1).split(" ")) {
                assertThat(citations).extracting(Citation::anchor).contains(anchor);
            }
        }
        assertThat(marks).isGreaterThanOrEqualTo(citations.size() / 2);
    }

    @Test
    void unknownPagesGetAnHtmlErrorPage() {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve(HttpRequest.GET("/decks/no-such-deck").accept(MediaType.TEXT_HTML)));
        assertThat(e.getStatus().getCode()).isEqualTo(404);
        assertThat(e.getResponse().getBody(String.class).orElseThrow())
                .contains("No deck named &#39;no-such-deck&#39;").contains("Back to the decks");
    }

    private String page(String path) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).accept(MediaType.TEXT_HTML));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
