package app.flashpoint.core.generate.cards;

import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.bank.ItemType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The marking corpus (src/test/resources/marking/corpus.yml): bank items, a card of each, and responses with
 * the verdict a teacher would give, marked through {@link Grader#grade}, the entry point every page uses.
 */
class MarkingCorpusTest {
    private static final Map<String, AtomicInteger> COUNTS = new ConcurrentHashMap<>();

    static Stream<Arguments> cases() throws IOException {
        List<Map<String, Object>> entries;
        try (InputStream in = MarkingCorpusTest.class.getResourceAsStream("/marking/corpus.yml")) {
            entries = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
        var arguments = new ArrayList<Arguments>();
        for (Map<String, Object> entry : entries) {
            Card card = card(entry);
            for (Object raw : (List<?>) entry.get("cases")) {
                List<?> c = (List<?>) raw;
                Double score = c.size() > 2 ? ((Number) c.get(2)).doubleValue() : null;
                arguments.add(Arguments.of(entry.get("name") + ": " + shortened(c.get(0)), card, c.get(0),
                        Mark.valueOf(c.get(1).toString().toUpperCase()), score, type(entry)));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} → {3}")
    @MethodSource("cases")
    void marksAsATeacherWould(String name, Card card, Object response, Mark expected, Double score, String type) {
        Grade grade = Grader.grade(card, response(card, response));
        // Counted by item type as authored (a multiple-choice item with one distractor is marked as typed).
        COUNTS.computeIfAbsent(type + " " + expected, k -> new AtomicInteger()).incrementAndGet();
        assertThat(grade.mark()).as("%s (feedback: %s)", name, grade.feedback()).isEqualTo(expected);
        if (score != null) {
            assertThat(grade.score()).as(name).isCloseTo(score, within(0.001));
        }
        assertThat(grade.score()).isBetween(0.0, 1.0);
        assertThat(grade.mark() == Mark.WRONG ? grade.score() < 1 : grade.score() > 0).as(name).isTrue();
    }

    @AfterAll
    static void printCounts() {
        var byKind = new TreeMap<>(COUNTS);
        int total = byKind.values().stream().mapToInt(AtomicInteger::get).sum();
        var out = new StringBuilder("Marking corpus: " + total + " cases\n");
        byKind.forEach((k, n) -> out.append(String.format("  %-26s %4d%n", k, n.get())));
        System.out.print(out);
    }

    private static String type(Map<String, Object> entry) {
        return ((Map<?, ?>) entry.get("item")).get("type").toString();
    }

    private static Card card(Map<String, Object> entry) {
        @SuppressWarnings("unchecked")
        var fields = (Map<String, Object>) entry.get("item");
        ItemType type = ItemType.fromYaml((String) fields.get("type")).orElseThrow();
        var item = new Item(entry.get("name").toString(), "kp", null, ItemContent.fromMap(type, fields), "", List.of());
        var deck = new Deck("corpus", "Corpus", "", List.of(), List.of(), List.of(item));
        int ordinal = entry.get("card") == null ? 0 : ((Number) entry.get("card")).intValue();
        return Cards.of(item, deck).stream().filter(c -> c.ordinal() == ordinal).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Response response(Card card, Object raw) {
        return switch (card.kind()) {
            case MULTIPLE_CHOICE -> new Response.Choice((String) raw);
            case TRUE_FALSE -> new Response.Truth((Boolean) raw);
            case ORDERING -> new Response.Order((List<String>) raw);
            case MATCHING -> new Response.Matches((Map<String, String>) raw);
            default -> new Response.Typed(raw instanceof Map<?, ?> m
                    ? m.get("repeat").toString().repeat(((Number) m.get("times")).intValue()) : (String) raw);
        };
    }

    private static String shortened(Object response) {
        String s = String.valueOf(response);
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }
}
