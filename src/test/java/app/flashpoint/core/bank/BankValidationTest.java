package app.flashpoint.core.bank;

import app.flashpoint.core.document.SourceDocument;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed question bank passes the loader's checks and covers what the course needs. */
class BankValidationTest {
    private static final Bank BANK = BankReader.read(Path.of("question-bank"), Path.of("seeds"));
    private static final Deck LUO = BANK.decks().stream().filter(d -> d.slug().equals("luo-interview"))
            .findFirst().orElseThrow();

    @Test
    void everyQuoteSitsAtItsOffsetsInTheDocument() {
        for (Deck deck : BANK.decks()) {
            for (Item item : deck.items()) {
                assertThat(item.sources()).as(item.id()).isNotEmpty();
                for (SourceSpan s : item.sources()) {
                    SourceDocument doc = BANK.documents().get(s.document());
                    assertThat(doc.text().substring(s.start(), s.end())).as(item.id()).isEqualTo(s.quote());
                }
            }
        }
    }

    @Test
    void namedKeyPointsHaveThreeItemsOfDifferentKinds() {
        Map<String, List<Item>> byKeyPoint = LUO.items().stream().collect(Collectors.groupingBy(Item::keyPoint));
        for (String keyPoint : List.of("three-nos", "leverage-bargaining-chip", "leverage-counterbalance",
                "compartmentalization", "tolerance-for-imperfection")) {
            List<Item> items = byKeyPoint.get(keyPoint);
            assertThat(items).as(keyPoint).hasSizeGreaterThanOrEqualTo(3);
            assertThat(items.stream().map(Item::type).distinct().count()).as(keyPoint).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void theDeckSpansTheWholeInterview() {
        assertThat(LUO.keyPoints()).hasSizeGreaterThanOrEqualTo(20);
        LUO.keyPoints().forEach(k -> assertThat(LUO.itemCount(k.id())).as(k.id()).isGreaterThanOrEqualTo(2));
        Set<ItemType> kinds = LUO.items().stream().map(Item::type).collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrder(ItemType.values());
        // quotes reach the last answer of the interview, not just its opening
        int lastQuote = LUO.items().stream().flatMap(i -> i.sources().stream()).mapToInt(SourceSpan::end).max()
                .orElseThrow();
        int length = BANK.documents().get(LUO.documents().get(0)).text().length();
        assertThat(lastQuote).isGreaterThan(length * 9 / 10);
    }

    @Test
    void theThreeNosAreClozedOneByOneNeverAsOneList() {
        List<Item> clozes = LUO.items().stream()
                .filter(i -> i.keyPoint().equals("three-nos") && i.content() instanceof ItemContent.Cloze).toList();
        var answers = clozes.stream().flatMap(i -> {
            var cloze = new ClozeText(((ItemContent.Cloze) i.content()).text());
            return cloze.numbers().stream().map(cloze::answer);
        }).map(String::toLowerCase).collect(Collectors.toSet());
        assertThat(answers).anySatisfy(a -> assertThat(a).contains("war"))
                .anySatisfy(a -> assertThat(a).contains("instability"))
                .anySatisfy(a -> assertThat(a).contains("nukes"));
        assertThat(answers).noneSatisfy(a -> assertThat(a).contains("war").contains("nukes"));
    }
}
