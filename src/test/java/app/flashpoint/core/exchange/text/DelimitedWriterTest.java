package app.flashpoint.core.exchange.text;

import app.flashpoint.core.exchange.ImportPreview;

import app.flashpoint.core.bank.Bloom;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.bank.KeyPoint;
import app.flashpoint.core.exchange.ImportedDeck;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DelimitedWriterTest {
    private static final KeyPoint CELLS = new KeyPoint("cells", "Cell parts", "What a cell holds", "Cell biology", 4);
    private static final KeyPoint ENERGY = new KeyPoint("energy", "Energy", "How cells get energy", "Metabolism", 5);

    private static Item item(String id, KeyPoint keyPoint, ItemContent content, String explanation) {
        return new Item(id, keyPoint.id(), Bloom.UNDERSTAND, content, explanation, List.of());
    }

    private static final Deck DECK = new Deck("biology", "Biology 101", "", List.of(), List.of(CELLS, ENERGY), List.of(
            item("b1", CELLS, new ItemContent.Basic("What holds the DNA?", "The nucleus, in \"eukaryotes\""), "Not in bacteria"),
            item("r1", CELLS, new ItemContent.Reversible("ribosome", "makes proteins"), "").withTags(List.of("exam", "week_2")),
            item("c1", ENERGY, new ItemContent.Cloze("ATP is made in the {{c1::mitochondria::organelle}}"), "Also in chloroplasts"),
            item("s1", ENERGY, new ItemContent.ShortAnswer("Sugar split in glycolysis?", List.of("glucose", "dextrose")), ""),
            item("m1", ENERGY, new ItemContent.MultipleChoice("Which gas do plants release?", "Oxygen",
                    List.of(new ItemContent.Distractor("Carbon dioxide", "taken in"),
                            new ItemContent.Distractor("Nitrogen", "not made"))), ""),
            item("t1", CELLS, new ItemContent.TrueFalse("Bacteria have a nucleus", false), ""),
            item("o1", ENERGY, new ItemContent.Ordering("Order the stages", List.of("Glycolysis", "Krebs cycle")), ""),
            item("p1", CELLS, new ItemContent.Matching("Match organelle and job",
                    List.of(new ItemContent.Pair("Nucleus", "DNA"), new ItemContent.Pair("Ribosome", "protein"))),
                    "line one\nline two, with\ttab")));

    @Test
    void writesAnkiHeadersAndOneRowPerItem() {
        String tsv = DelimitedWriter.write(DECK, '\t');
        assertThat(tsv).startsWith("""
                #separator:tab
                #html:false
                #notetype column:1
                #tags column:5
                #deck:Biology 101
                #columns:Note type\tFront\tBack\tExplanation\tTags
                Basic\tWhat holds the DNA?\t"The nucleus, in ""eukaryotes\"\"\"\tNot in bacteria\tCell_biology::Cell_parts
                Basic (and reversed card)\tribosome\tmakes proteins\t\tCell_biology::Cell_parts exam week_2
                Cloze\tATP is made in the {{c1::mitochondria::organelle}}\tAlso in chloroplasts\t\tMetabolism::Energy
                Basic (type in the answer)\tSugar split in glycolysis?\tglucose\t\tMetabolism::Energy
                """);
        assertThat(tsv).contains("Basic\t\"Which gas do plants release?\n\nA) Carbon dioxide\nB) Nitrogen\nC) Oxygen\"\tC) Oxygen\t")
                .contains("Basic\tBacteria have a nucleus\tFalse\t")
                .contains("\"1. Glycolysis\n2. Krebs cycle\"")
                .contains("\"Nucleus → DNA\nRibosome → protein\"\t\"line one\nline two, with\ttab\"");
        assertThat(DelimitedWriter.leftOut(DECK)).isEmpty();
    }

    @Test
    void commaSeparatedQuotesFieldsWithCommas() {
        String csv = DelimitedWriter.write(DECK, ',');
        assertThat(csv).startsWith("#separator:comma\n")
                .contains("#columns:Note type,Front,Back,Explanation,Tags\n")
                .contains("Basic,What holds the DNA?,\"The nucleus, in \"\"eukaryotes\"\"\",Not in bacteria,");
    }

    @Test
    void roundTripKeepsKindsTextsAndKeyPoints() {
        for (char separator : new char[]{'\t', ','}) {
            ImportedDeck read = DelimitedReader.read(DelimitedWriter.write(DECK, separator), TextOptions.detect());
            assertThat(read.title()).isEqualTo("Biology 101");
            assertThat(read.skipped()).isEmpty();
            assertThat(read.items()).hasSize(DECK.items().size());
            assertThat(read.items().subList(0, 4)).extracting(Item::content).containsExactly(
                    new ItemContent.Basic("What holds the DNA?", "The nucleus, in \"eukaryotes\""),
                    new ItemContent.Reversible("ribosome", "makes proteins"),
                    new ItemContent.Cloze("ATP is made in the {{c1::mitochondria::organelle}}"),
                    new ItemContent.ShortAnswer("Sugar split in glycolysis?", List.of("glucose")));
            assertThat(read.items().subList(4, 8)).allSatisfy(i -> assertThat(i.content()).isInstanceOf(ItemContent.Basic.class));
            assertThat(read.items()).extracting(Item::explanation).containsExactly("Not in bacteria", "",
                    "Also in chloroplasts", "", "", "", "", "line one\nline two, with\ttab");
            assertThat(read.keyPoints()).extracting(KeyPoint::title, KeyPoint::family).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Cell parts", "Cell biology"),
                    org.assertj.core.groups.Tuple.tuple("Energy", "Metabolism"));
            var titleOf = new java.util.HashMap<String, String>();
            read.keyPoints().forEach(k -> titleOf.put(k.id(), k.title()));
            assertThat(read.items()).extracting(i -> titleOf.get(i.keyPoint())).containsExactly(
                    "Cell parts", "Cell parts", "Energy", "Energy", "Energy", "Cell parts", "Energy", "Cell parts");
            assertThat(read.items().get(1).tags()).containsExactly("exam", "week_2");
            assertThat(read.items().get(0).tags()).isEmpty();
        }
    }

    @Test
    void clozeWithoutDeletionsIsLeftOutAndNamed() {
        var deck = new Deck("d", "D", "", List.of(), List.of(CELLS), List.of(
                item("ok", CELLS, new ItemContent.Basic("q", "a"), ""),
                item("bad", CELLS, new ItemContent.Cloze("no deletions here"), "")));
        assertThat(DelimitedWriter.leftOut(deck)).containsExactly(
                "bad: a cloze text without {{c1::…}} deletions, which Anki refuses");
        assertThat(DelimitedWriter.write(deck, '\t')).doesNotContain("no deletions here");
    }

    @Test
    void previewShowsTheFirstCardsSideBySide() {
        var read = DelimitedReader.read(DelimitedWriter.write(DECK, '\t'), TextOptions.detect());
        assertThat(ImportPreview.firstRows(read, 4)).containsExactly(
                new ImportPreview.PreviewRow("Question and answer", "What holds the DNA?", "The nucleus, in \"eukaryotes\""),
                new ImportPreview.PreviewRow("Two-way card", "ribosome", "makes proteins"),
                new ImportPreview.PreviewRow("Fill in the blank", "ATP is made in the [organelle]", "ATP is made in the mitochondria"),
                new ImportPreview.PreviewRow("Short answer", "Sugar split in glycolysis?", "glucose"));
        assertThat(ImportPreview.firstRows(read, 100)).hasSize(8);
    }
}
