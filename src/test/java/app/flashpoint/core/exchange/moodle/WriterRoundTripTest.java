package app.flashpoint.core.exchange.moodle;

import app.flashpoint.core.bank.Bloom;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.bank.ItemContent.Distractor;
import app.flashpoint.core.bank.ItemContent.Pair;
import app.flashpoint.core.bank.KeyPoint;
import app.flashpoint.core.exchange.ImportedDeck;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WriterRoundTripTest {
    private static final List<ItemContent> DIRECT = List.of(
            new ItemContent.MultipleChoice("Which is {braced}: a=b, ~c or #d?", "a = b",
                    List.of(new Distractor("~c", "a tilde is # syntax"), new Distractor("List<String> & co", ""))),
            new ItemContent.TrueFalse("The sun rises in the east.", true),
            new ItemContent.TrueFalse("2 + 2 = 5", false),
            new ItemContent.ShortAnswer("Who's buried in Grant's tomb? (a \\ b)", List.of("no one", "nobody")),
            new ItemContent.Matching("Match the capitals.", List.of(new Pair("Canada", "Ottawa"), new Pair("Italy", "Rome"))),
            new ItemContent.Cloze("The sky is {{c1::blue|azure}} today."));

    private static Deck deck(List<ItemContent> contents) {
        var items = new java.util.ArrayList<Item>();
        for (int i = 0; i < contents.size(); i++) {
            items.add(new Item("item-" + (i + 1), i % 2 == 0 ? "sky" : "sea/shore", Bloom.REMEMBER, contents.get(i),
                    i == 0 ? "Line one.\nLine two: {x}." : "", List.of()));
        }
        return new Deck("nature", "Nature", "", List.of(),
                List.of(new KeyPoint("sky", "Sky", "About the sky.", "", 3),
                        new KeyPoint("sea/shore", "Sea/shore", "", "", 2)), items);
    }

    private static void assertSameItems(ImportedDeck back, List<ItemContent> expected) {
        assertThat(back.items()).extracting(Item::content).containsExactlyElementsOf(expected);
        assertThat(back.items().get(0).explanation()).isEqualTo("Line one.\nLine two: {x}.");
        assertThat(back.skipped()).isEmpty();
        assertThat(back.keyPoints()).extracting(KeyPoint::title).containsExactly("Sky", "Sea/shore");
        assertThat(back.keyPoints()).extracting(KeyPoint::family).containsOnly("Nature");
    }

    @Test
    void giftRoundTripKeepsKindsPromptsAnswersAndDistractors() {
        var deck = deck(DIRECT);
        String gift = GiftWriter.write(deck);
        assertThat(GiftWriter.leftOut(deck)).isEmpty();
        var back = GiftReader.read(gift, "Nature");
        var expected = List.of(DIRECT.get(0), DIRECT.get(2), DIRECT.get(4), DIRECT.get(1), DIRECT.get(3), DIRECT.get(5));
        assertSameItems(back, expected);
        assertThat(back.items().get(0).content()).isEqualTo(DIRECT.get(0));
        assertThat(gift).contains("$CATEGORY: $course$/top/Nature/Sky").contains("::item-1::[plain]");
    }

    @Test
    void xmlRoundTripKeepsKindsPromptsAnswersAndDistractorsAndOrdering() {
        var contents = new java.util.ArrayList<>(DIRECT);
        contents.add(new ItemContent.Ordering("Put in order.", List.of("first", "second", "third")));
        var deck = deck(contents);
        String xml = MoodleXmlWriter.write(deck);
        assertThat(MoodleXmlWriter.leftOut(deck)).isEmpty();
        var back = MoodleXmlReader.read(xml.getBytes(StandardCharsets.UTF_8), "Nature");
        var expected = List.of(contents.get(0), contents.get(2), contents.get(4), contents.get(6), contents.get(1),
                contents.get(3), contents.get(5));
        assertSameItems(back, expected);
        assertThat(back.keyPoints().get(0).summary()).isEqualTo("About the sky.");
        assertThat(xml).contains("{1:SHORTANSWER:=blue~=azure}");
    }

    @Test
    void basicAndReversibleCardsBecomeShortAnswers() {
        var deck = deck(List.of(new ItemContent.Basic("Capital of France?", "Paris"),
                new ItemContent.Reversible("chat", "cat")));
        var expected = List.<ItemContent>of(new ItemContent.ShortAnswer("Capital of France?", List.of("Paris")),
                new ItemContent.ShortAnswer("chat", List.of("cat")));
        assertThat(GiftReader.read(GiftWriter.write(deck), "N").items()).extracting(Item::content)
                .containsExactlyElementsOf(expected);
        assertThat(MoodleXmlReader.read(MoodleXmlWriter.write(deck).getBytes(StandardCharsets.UTF_8), "N").items())
                .extracting(Item::content).containsExactlyElementsOf(expected);
    }

    @Test
    void giftWritesAClozeAsOneMissingWordQuestionPerBlank() {
        var deck = deck(List.of(new ItemContent.Cloze("{{c1::Paris}} is the capital of {{c2::France::a country}}.")));
        var back = GiftReader.read(GiftWriter.write(deck), "N");
        assertThat(back.items()).extracting(Item::content).containsExactly(
                new ItemContent.Cloze("{{c1::Paris}} is the capital of France."),
                new ItemContent.Cloze("Paris is the capital of {{c1::France}}."));
    }

    @Test
    void whatAFormatCannotHoldIsLeftOutAndSaidSo() {
        var deck = deck(List.of(new ItemContent.Ordering("Put in order.", List.of("a", "b")),
                new ItemContent.TrueFalse("Kept.", true),
                new ItemContent.MultipleChoice("No distractors?", "yes", List.of()),
                new ItemContent.Cloze("{{c1::a}} and {{c1::b}} and {{c2::c}}.")));
        assertThat(GiftWriter.leftOut(deck)).containsExactly(
                "item-1 (Put in order): GIFT has no question type for putting items in order",
                "item-3 (Multiple choice): a multiple choice without distractors; Moodle needs at least two answers",
                "item-4 (Fill in the blank): blank c1 appears more than once; a GIFT question has one blank");
        String gift = GiftWriter.write(deck);
        assertThat(gift).doesNotContain("Put in order").doesNotContain("No distractors");
        assertThat(GiftReader.read(gift, "N").items()).hasSize(2);
        assertThat(MoodleXmlWriter.leftOut(deck)).containsExactly(
                "item-3 (Multiple choice): a multiple choice without distractors; Moodle needs at least two answers");
    }
}
