package app.flashpoint.core.bank;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class BankReaderTest {
    private static final String DOCUMENT = "Alice: The sky is blue. The sea is blue.\nBob: Grass is green.\n";
    private static final String DECK = """
            slug: colours
            title: Colours
            documents: [colours.txt]
            keyPoints:
              - {id: sky, title: Sky, summary: The sky is blue., family: Nature, importance: 3}
              - {id: grass, title: Grass, summary: Grass is green., family: Nature, importance: 2}
            """;

    @TempDir
    Path root;

    @Test
    void readsAValidBankAndComputesOffsets() throws IOException {
        write(DECK, """
                - id: sky-cloze
                  keyPoint: sky
                  type: cloze
                  bloom: remember
                  text: "The sky is {{c1::blue}}."
                  explanation: Alice says so.
                  sources: [{quote: "The sky is blue."}]
                - id: sky-tf
                  keyPoint: sky
                  type: true_false
                  bloom: remember
                  statement: The sky is green.
                  answer: false
                  explanation: Alice says it is blue.
                  sources: [{quote: "is blue", occurrence: 2}]
                - id: grass-mc
                  keyPoint: grass
                  type: multiple_choice
                  bloom: remember
                  question: What colour is grass?
                  answer: Green
                  distractors: [{text: Blue, why: That is the sky.}, {text: Red, why: Nobody said red.}]
                  explanation: Bob says so.
                  sources: [{quote: Grass is green.}]
                - id: grass-short
                  keyPoint: grass
                  type: short_answer
                  bloom: remember
                  question: Who talks about grass?
                  answers: [Bob]
                  explanation: Bob does.
                  sources: [{quote: "Bob: Grass"}]
                """);

        Bank bank = BankReader.read(root.resolve("bank"), root.resolve("seeds"));

        Deck deck = bank.decks().get(0);
        assertThat(deck.items()).extracting(Item::id).containsExactly("sky-cloze", "sky-tf", "grass-mc", "grass-short");
        SourceSpan second = deck.items().get(1).sources().get(0);
        assertThat(second.start()).isEqualTo(DOCUMENT.indexOf("is blue", DOCUMENT.indexOf("is blue") + 1));
        assertThat(DOCUMENT.substring(second.start(), second.end())).isEqualTo("is blue");
        assertThat(((ItemContent.TrueFalse) deck.items().get(1).content()).answer()).isFalse();
    }

    @Test
    void reportsEveryProblemWithFileAndItem() throws IOException {
        write(DECK, """
                - id: sky-cloze
                  keyPoint: sky
                  type: cloze
                  bloom: remember
                  text: "No deletion here."
                  explanation: x
                  sources: [{quote: "The sky is purple."}]
                - id: sky-cloze
                  keyPoint: moon
                  type: basic
                  bloom: remember
                  front: a
                  back: b
                  sources: [{quote: "is blue"}]
                - id: grass-mc
                  keyPoint: grass
                  type: multiple_choice
                  bloom: knowing
                  question: What colour is grass?
                  answer: Green
                  distractors: [{text: Blue, why: That is the sky.}]
                  explanation: Bob says so.
                  sources: [{quote: Grass is green.}]
                - id: grass-odd
                  keyPoint: grass
                  type: essay
                  bloom: remember
                  explanation: x
                  sources: []
                """);

        BankException e = catchThrowableOfType(BankException.class,
                () -> BankReader.read(root.resolve("bank"), root.resolve("seeds")));

        assertThat(e.problems()).containsExactlyInAnyOrder(
                "bank/colours/items/items.yml: sky-cloze: cloze text has no {{c1::…}} deletion",
                "bank/colours/items/items.yml: sky-cloze: quote not found in colours.txt: \"The sky is purple.\"",
                "bank/colours/items/items.yml: sky-cloze: unknown key point 'moon'",
                "bank/colours/items/items.yml: sky-cloze: missing explanation",
                "bank/colours/items/items.yml: sky-cloze: quote occurs 2 times in colours.txt, add 'occurrence' (1-2): \"is blue\"",
                "bank/colours/items/items.yml: grass-mc: unknown Bloom level 'knowing'",
                "bank/colours/items/items.yml: grass-mc: too few options: a multiple-choice item needs at least 2 distractors",
                "bank/colours/items/items.yml: grass-odd: unknown type 'essay'",
                "bank/colours/items/items.yml: grass-odd: no source quote (every item needs at least one)",
                "bank/colours/deck.yml: sky: key point has 0 item(s), needs at least 2",
                "bank/colours/deck.yml: grass: key point has 0 item(s), needs at least 2");
    }

    @Test
    void reportsADuplicateIdOfAValidItem() throws IOException {
        String item = """
                - id: sky-basic
                  keyPoint: sky
                  type: basic
                  bloom: remember
                  front: Colour of the sky?
                  back: Blue
                  explanation: Alice says so.
                  sources: [{quote: "The sky is blue."}]
                """;
        write(DECK, item + item);

        BankException e = catchThrowableOfType(BankException.class,
                () -> BankReader.read(root.resolve("bank"), root.resolve("seeds")));

        assertThat(e.problems()).contains("bank/colours/items/items.yml: sky-basic: duplicate item id");
    }

    @Test
    void aNoteIsReadAsTextAndAnythingElseIsAProblem() throws IOException {
        String item = """
                - id: sky-basic
                  keyPoint: sky
                  type: basic
                  bloom: remember
                  front: Colour of the sky?
                  back: Blue
                  explanation: Alice says so.
                  note: "  The key is short on purpose.  "
                  sources: [{quote: "The sky is blue."}]
                - id: grass-basic
                  keyPoint: grass
                  type: basic
                  bloom: remember
                  front: Colour of grass?
                  back: Green
                  explanation: Bob says so.
                  sources: [{quote: Grass is green.}]
                """;
        // every key point needs two items: the same two again under other ids
        String twice = item + item.replace("id: sky-basic", "id: sky-basic-2").replace("id: grass-basic", "id: grass-basic-2");
        write(DECK, twice);
        Deck deck = BankReader.read(root.resolve("bank"), root.resolve("seeds")).decks().get(0);
        assertThat(deck.items()).extracting(Item::note)
                .containsExactly("The key is short on purpose.", "", "The key is short on purpose.", "");

        write(DECK, twice.replace("note: \"  The key is short on purpose.  \"", "note: [a, list]"));
        BankException e = catchThrowableOfType(BankException.class,
                () -> BankReader.read(root.resolve("bank"), root.resolve("seeds")));
        assertThat(e.problems()).contains("bank/colours/items/items.yml: sky-basic: field 'note' must be text");
    }

    private void write(String deck, String items) throws IOException {
        Files.createDirectories(root.resolve("seeds"));
        Files.writeString(root.resolve("seeds/colours.txt"), DOCUMENT);
        Path deckDir = Files.createDirectories(root.resolve("bank/colours/items"));
        Files.writeString(deckDir.getParent().resolve("deck.yml"), deck);
        Files.writeString(deckDir.resolve("items.yml"), items);
    }
}
