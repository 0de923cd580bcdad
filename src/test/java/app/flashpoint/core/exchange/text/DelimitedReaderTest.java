package app.flashpoint.core.exchange.text;

import app.flashpoint.core.bank.Bloom;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.bank.KeyPoint;
import app.flashpoint.core.exchange.ImportException;
import app.flashpoint.core.exchange.ImportedDeck;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DelimitedReaderTest {

    private static ImportedDeck read(String text) {
        return DelimitedReader.read(text, TextOptions.detect());
    }

    private static List<ItemContent> contents(ImportedDeck deck) {
        return deck.items().stream().map(Item::content).toList();
    }

    @Test
    void tabSeparatedWithoutHeadersIsFrontAndBack() {
        var deck = read("Bonjour\tHello\nMerci\tThank you\n");
        assertThat(contents(deck)).containsExactly(new ItemContent.Basic("Bonjour", "Hello"),
                new ItemContent.Basic("Merci", "Thank you"));
        assertThat(deck.title()).isEqualTo("Imported cards");
        assertThat(deck.keyPoints()).containsExactly(new KeyPoint("kp-1", "Imported cards", "", "Imported cards", 3));
        assertThat(deck.items()).allSatisfy(i -> {
            assertThat(i.keyPoint()).isEqualTo("kp-1");
            assertThat(i.bloom()).isEqualTo(Bloom.REMEMBER);
            assertThat(i.explanation()).isEmpty();
            assertThat(i.sources()).isEmpty();
        });
        assertThat(deck.items()).extracting(Item::id).containsExactly("item-1", "item-2");
        assertThat(deck.media()).isEmpty();
        assertThat(deck.skipped()).isEmpty();
    }

    @Test
    void quotedCommaSeparatedFieldsKeepCommasNewlinesAndQuotes() {
        var deck = read("""
                "Capital of France, the country","Paris"
                "A ""quoted"" word",plain
                "two
                lines",back
                Third,"has, a comma",an explanation
                """);
        assertThat(contents(deck)).containsExactly(
                new ItemContent.Basic("Capital of France, the country", "Paris"),
                new ItemContent.Basic("A \"quoted\" word", "plain"),
                new ItemContent.Basic("two\nlines", "back"),
                new ItemContent.Basic("Third", "has, a comma"));
        assertThat(deck.items().get(3).explanation()).isEqualTo("an explanation");
    }

    @Test
    void semicolonIsGuessedWhenTheFirstLineHasNoTabOrComma() {
        var deck = read("Hund;dog\nKatze;cat, the animal\n");
        assertThat(contents(deck)).containsExactly(new ItemContent.Basic("Hund", "dog"),
                new ItemContent.Basic("Katze", "cat, the animal"));
    }

    @Test
    void separatorHeaderByNameOrCharacterAndTheFormsChoiceOverHeaders() {
        assertThat(contents(read("#separator:Pipe\na|b, c\n"))).containsExactly(new ItemContent.Basic("a", "b, c"));
        assertThat(contents(read("#separator:Semicolon\na;b, c\n"))).containsExactly(new ItemContent.Basic("a", "b, c"));
        assertThat(contents(read("#separator:Space\na b\n"))).containsExactly(new ItemContent.Basic("a", "b"));
        assertThat(contents(read("#separator:Colon\na:b\n"))).containsExactly(new ItemContent.Basic("a", "b"));
        assertThat(contents(read("#separator:tab\na\tb,c\n"))).containsExactly(new ItemContent.Basic("a", "b,c"));
        assertThat(contents(read("#separator:Comma\na,b;c\n"))).containsExactly(new ItemContent.Basic("a", "b;c"));
        assertThat(contents(read("#separator:/\na/b\n"))).containsExactly(new ItemContent.Basic("a", "b"));
        var chosen = new TextOptions(';', null, null, null, null);
        assertThat(contents(DelimitedReader.read("#separator:Comma\na;b,c\n", chosen)))
                .containsExactly(new ItemContent.Basic("a", "b,c"));
        assertThatThrownBy(() -> read("#separator:Dollars\na$b\n")).isInstanceOf(ImportException.class)
                .hasMessageContaining("Line 1").hasMessageContaining("Dollars");
    }

    @Test
    void everyAnkiHeaderIsHonoured() {
        var deck = read("""
                #separator:tab
                #html:false
                #tags:imported
                #columns:GUID\tDeck\tNote type\tFront\tBack\tTags
                #guid column:1
                #deck column:2
                #notetype column:3
                #tags column:6
                #deck:Languages
                # a comment line is no header and no row
                g1\tLanguages::French\tBasic\tchat\tcat\tFrench::Animals
                g2\tLanguages::French\tBasic (and reversed card)\tchien\tdog\tFrench::Animals
                g3\tLanguages::French\tBasic (type in the answer)\toiseau\tbird\t
                g4\tLanguages::French\tCloze\tLe {{c1::chat}} dort\tThe cat sleeps\tFrench::Phrases extra
                """);
        assertThat(deck.title()).isEqualTo("Languages");
        assertThat(contents(deck)).containsExactly(
                new ItemContent.Basic("chat", "cat"),
                new ItemContent.Reversible("chien", "dog"),
                new ItemContent.ShortAnswer("oiseau", List.of("bird")),
                new ItemContent.Cloze("Le {{c1::chat}} dort"));
        assertThat(deck.items().get(3).explanation()).isEqualTo("The cat sleeps");
        // the third row has no tags of its own, so the file's #tags: is its first
        assertThat(deck.keyPoints()).containsExactly(
                new KeyPoint("kp-1", "Animals", "", "French", 3),
                new KeyPoint("kp-2", "imported", "", "Languages::French", 3),
                new KeyPoint("kp-3", "Phrases", "", "French", 3));
        assertThat(deck.items()).extracting(Item::keyPoint).containsExactly("kp-1", "kp-1", "kp-2", "kp-3");
        // the first tag names the key point; the others stay on the item
        assertThat(deck.items()).extracting(Item::tags).containsExactly(List.of("imported"), List.of("imported"),
                List.of(), List.of("extra", "imported"));
    }

    @Test
    void notetypeHeaderAppliesToEveryRow() {
        var deck = read("#notetype:Basic (and reversed card)\n#separator:comma\nup,down\nleft,right\n");
        assertThat(contents(deck)).containsExactly(new ItemContent.Reversible("up", "down"),
                new ItemContent.Reversible("left", "right"));
    }

    @Test
    void clozeDeletionsInTheOnlyFieldOrTheFrontMakeClozeItems() {
        var deck = read("""
                The {{c1::mitochondria}} is the {{c2::powerhouse::a metaphor}} of the cell
                Water boils at {{c1::100}} °C\tat sea level
                """);
        assertThat(contents(deck)).containsExactly(
                new ItemContent.Cloze("The {{c1::mitochondria}} is the {{c2::powerhouse::a metaphor}} of the cell"),
                new ItemContent.Cloze("Water boils at {{c1::100}} °C"));
        assertThat(deck.items().get(1).explanation()).isEqualTo("at sea level");
    }

    @Test
    void tagHierarchyBecomesFamilyAndUntaggedRowsGoToTheDeck() {
        var deck = DelimitedReader.read("""
                #tags column:3
                a\tb\tBiology::Cell_biology::Mitosis_phases other
                c\td\tBiology::Cell_biology::Mitosis_phases
                e\tf\tGenetics
                g\th\t
                """, TextOptions.detect().withTitle("My deck"));
        assertThat(deck.title()).isEqualTo("My deck");
        assertThat(deck.keyPoints()).containsExactly(
                new KeyPoint("kp-1", "Mitosis phases", "", "Biology::Cell biology", 3),
                new KeyPoint("kp-2", "Genetics", "", "My deck", 3),
                new KeyPoint("kp-3", "My deck", "", "My deck", 3));
        assertThat(deck.items()).extracting(Item::keyPoint).containsExactly("kp-1", "kp-1", "kp-2", "kp-3");
    }

    @Test
    void deckColumnGroupsUntaggedRows() {
        var deck = read("#deck column:1\nSpanish\tperro\tdog\nGerman\tHund\tdog\nSpanish\tgato\tcat\n");
        assertThat(deck.keyPoints()).extracting(KeyPoint::title).containsExactly("Spanish", "German");
        assertThat(deck.items()).extracting(Item::keyPoint).containsExactly("kp-1", "kp-2", "kp-1");
        assertThat(contents(deck).get(0)).isEqualTo(new ItemContent.Basic("perro", "dog"));
    }

    @Test
    void htmlFieldsBecomePlainText() {
        var deck = read("""
                #html:true
                <b>Bold</b> &amp; <i>italic</i>\tline one<br>line two<div>line three</div>
                <div>first</div><div>second</div>\t&lt;tag&gt; &quot;q&quot; &#233;&#x41;&nbsp;x&hellip;
                """);
        assertThat(contents(deck)).containsExactly(
                new ItemContent.Basic("Bold & italic", "line one\nline two\nline three"),
                new ItemContent.Basic("first\nsecond", "<tag> \"q\" éA x…"));
    }

    @Test
    void htmlIsGuessedWhenNoHeaderSaysAndPlainTextStaysLiteral() {
        assertThat(contents(read("a<br>b\tc &amp; d\n"))).containsExactly(new ItemContent.Basic("a\nb", "c & d"));
        assertThat(contents(read("#html:false\na<br>b\tc &amp; d\n")))
                .containsExactly(new ItemContent.Basic("a<br>b", "c &amp; d"));
        assertThat(contents(read("x < y\ty > x\n"))).containsExactly(new ItemContent.Basic("x < y", "y > x"));
        assertThat(contents(DelimitedReader.read("a<br>b\tc\n", new TextOptions(null, false, null, null, null))))
                .containsExactly(new ItemContent.Basic("a<br>b", "c"));
    }

    @Test
    void mediaOnlyRowsAreSkippedAndMediaInTextIsDropped() {
        var deck = read("""
                #html:true
                #separator:tab
                <img src="heart.png">\tthe heart
                What is this sound?\t[sound:bark.mp3]
                Dog <img src="dog.jpg">\tbarks [sound:bark.mp3]
                """);
        assertThat(contents(deck)).containsExactly(new ItemContent.Basic("Dog", "barks"));
        assertThat(deck.skipped()).containsExactly(
                new ImportedDeck.Skipped("line 3", "the front is only media, which a text file cannot carry"),
                new ImportedDeck.Skipped("line 4", "the back is only media, which a text file cannot carry"));
    }

    @Test
    void emptyFrontsAndBacksAreSkippedWithTheirLine() {
        var deck = read("""
                #separator:comma

                front,back
                # a comment
                "multi
                line",
                ,no front
                lonely

                last,one
                """);
        assertThat(contents(deck)).containsExactly(new ItemContent.Basic("front", "back"),
                new ItemContent.Basic("last", "one"));
        assertThat(deck.skipped()).containsExactly(
                new ImportedDeck.Skipped("line 5", "the back is empty"),
                new ImportedDeck.Skipped("line 7", "the front is empty"),
                new ImportedDeck.Skipped("line 8", "no back: a single field without {{c1::…}} cloze deletions"));
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreRead() {
        assertThat(contents(read("\uFEFFone\ttwo\r\nthree\tfour\r\n")))
                .containsExactly(new ItemContent.Basic("one", "two"), new ItemContent.Basic("three", "four"));
    }

    @Test
    void quizletWithCustomSeparators() {
        var deck = DelimitedReader.read("""
                photosynthesis - how plants make sugar
                from light

                osmosis - water crossing a membrane - passively

                """, TextOptions.quizlet(" - ", "\n\n"));
        assertThat(contents(deck)).containsExactly(
                new ItemContent.Basic("photosynthesis", "how plants make sugar\nfrom light"),
                new ItemContent.Basic("osmosis", "water crossing a membrane - passively"));
    }

    @Test
    void quizletDefaultsAndSemicolonCardsWithoutQuoting() {
        assertThat(contents(DelimitedReader.read("\"cat\"\tle chat\ndog\tle chien\n",
                new TextOptions(null, null, "\t", null, null))))
                .containsExactly(new ItemContent.Basic("\"cat\"", "le chat"), new ItemContent.Basic("dog", "le chien"));
        var deck = DelimitedReader.read("un,one;deux,two;trois;", TextOptions.quizlet(",", ";"));
        assertThat(contents(deck)).containsExactly(new ItemContent.Basic("un", "one"), new ItemContent.Basic("deux", "two"));
        assertThat(deck.skipped()).containsExactly(
                new ImportedDeck.Skipped("line 1", "no back: a single field without {{c1::…}} cloze deletions"));
    }

    @Test
    void quizletSkipsReportTheirLine() {
        var deck = DelimitedReader.read("a\tb\n\nc\t\nd\te\n", TextOptions.quizlet("\t", "\n"));
        assertThat(deck.skipped()).containsExactly(new ImportedDeck.Skipped("line 3", "the back is empty"));
    }

    @Test
    void tooManyRowsAreRefused() {
        String rows = "q\ta\n".repeat(DelimitedReader.MAX_ROWS);
        assertThat(read(rows).items()).hasSize(DelimitedReader.MAX_ROWS);
        assertThatThrownBy(() -> read(rows + "one\tmore\n")).isInstanceOf(ImportException.class)
                .hasMessageContaining("20,000");
        assertThatThrownBy(() -> DelimitedReader.read(rows + "one\tmore\n", TextOptions.quizlet("\t", "\n")))
                .isInstanceOf(ImportException.class).hasMessageContaining("20,000");
    }

    @Test
    void garbageIsRefusedWithWhatWasExpected() {
        assertThatThrownBy(() -> read("")).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("No cards found: expected one card per line");
        assertThatThrownBy(() -> read("#separator:tab\n# only headers\n\n")).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("No cards found");
        assertThatThrownBy(() -> read("just some prose\nwithout any separator\n")).isInstanceOf(ImportException.class)
                .hasMessageContaining("all 2 row(s) were left out, the first at line 1");
        assertThatThrownBy(() -> read("PK\u0003\u0004\u0000\u0000binary")).isInstanceOf(ImportException.class)
                .hasMessageContaining("not a text file");
    }

    @Test
    void anUnclosedQuoteIsRefusedAtItsLine() {
        assertThatThrownBy(() -> read("a,b\nc,d\n\"never closed,e\nf,g\n")).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("Line 3: a quoted field is never closed");
    }

    @Test
    void badHeaderValuesNameTheirLine() {
        assertThatThrownBy(() -> read("#separator:tab\n#html:maybe\na\tb\n")).isInstanceOf(ImportException.class)
                .hasMessage("Line 2: #html must be true or false, not 'maybe'");
        assertThatThrownBy(() -> read("#tags column:zero\na\tb\n")).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("Line 1: #tags column needs a column number from 1");
    }
}
