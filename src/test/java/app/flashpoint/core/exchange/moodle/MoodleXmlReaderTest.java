package app.flashpoint.core.exchange.moodle;

import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.bank.ItemContent.Distractor;
import app.flashpoint.core.bank.ItemContent.Pair;
import app.flashpoint.core.bank.KeyPoint;
import app.flashpoint.core.exchange.ImportException;
import app.flashpoint.core.exchange.ImportedDeck;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoodleXmlReaderTest {

    private static ImportedDeck read(String questions) {
        return MoodleXmlReader.read(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n" + questions + "</quiz>\n")
                .getBytes(StandardCharsets.UTF_8), "Deck");
    }

    private static String category(String path, String format, String info) {
        return "<question type=\"category\"><category><text>" + path + "</text></category><info format=\"" + format
                + "\"><text>" + info + "</text></info></question>\n";
    }

    private static String trueFalse(String name) {
        return """
                <question type="truefalse">
                  <name><text>%s</text></name>
                  <questiontext format="html"><text><![CDATA[<p>Testing %s</p>]]></text></questiontext>
                  <answer fraction="0" format="moodle_auto_format"><text>true</text>
                    <feedback format="html"><text>No: &lt;b&gt;false&lt;/b&gt;.</text></feedback></answer>
                  <answer fraction="100" format="moodle_auto_format"><text>false</text>
                    <feedback format="html"><text></text></feedback></answer>
                </question>
                """.formatted(name, name);
    }

    @Test
    void nestedCategoriesBecomeKeyPointsWithTheirInfo() {
        var deck = read(category("$course$/top/Iota", "plain_text", "Iota info")
                + trueFalse("Iota")
                + category("$course$/top/Iota/Kappa", "markdown", "Kappa *info*")
                + trueFalse("Kappa")
                + category("$course$/top/Iota/Kappa/Lambda", "html", "<p>Lambda &amp; co</p>")
                + trueFalse("Lambda")
                + category("$course$/top/Iota/Mu", "moodle_auto_format", "Mu info")
                + trueFalse("Mu"));
        assertThat(deck.keyPoints()).containsExactly(
                new KeyPoint("kp-1", "Iota", "Iota info", "", 3),
                new KeyPoint("kp-2", "Kappa", "Kappa *info*", "Iota", 3),
                new KeyPoint("kp-3", "Lambda", "Lambda & co", "Iota/Kappa", 3),
                new KeyPoint("kp-4", "Mu", "Mu info", "Iota", 3));
        assertThat(deck.items()).extracting(i -> i.keyPoint()).containsExactly("kp-1", "kp-2", "kp-3", "kp-4");
        assertThat(deck.items().get(0).content()).isEqualTo(new ItemContent.TrueFalse("Testing Iota", false));
        assertThat(deck.items().get(0).explanation()).isEqualTo("No: false.");
    }

    @Test
    void multipleChoiceWithFeedbackAndPartialCredit() {
        var deck = read("""
                <question type="multichoice">
                  <name><text>Colour</text></name>
                  <questiontext format="html"><text><![CDATA[<p>What's between <b>orange</b> and green?</p>]]></text></questiontext>
                  <generalfeedback format="html"><text>The spectrum.</text></generalfeedback>
                  <single>true</single>
                  <answer fraction="100" format="html"><text>yellow</text><feedback><text>Right.</text></feedback></answer>
                  <answer fraction="33.33333" format="html"><text>lime</text><feedback><text>Close.</text></feedback></answer>
                  <answer fraction="0" format="plain_text"><text>a &lt; b</text><feedback><text></text></feedback></answer>
                </question>
                <question type="multichoice">
                  <name><text>Checkboxes</text></name>
                  <questiontext><text>Pick two</text></questiontext>
                  <single>false</single>
                  <answer fraction="50"><text>a</text></answer>
                  <answer fraction="50"><text>b</text></answer>
                </question>
                """);
        var item = deck.items().get(0);
        assertThat(item.content()).isEqualTo(new ItemContent.MultipleChoice("What's between orange and green?",
                "yellow", List.of(new Distractor("lime", "Close."), new Distractor("a < b", ""))));
        assertThat(item.explanation()).isEqualTo("Right.\n\nThe spectrum.");
        assertThat(item.note()).contains("“lime” (33.33333%)");
        assertThat(deck.skipped()).containsExactly(new ImportedDeck.Skipped("question 2 (“Checkboxes”)",
                "a multiple-answer question (several boxes to tick); Flashpoint's multiple choice has exactly one"
                        + " right answer"));
    }

    @Test
    void shortAnswerNumericalAndMatching() {
        var deck = read("""
                <question type="shortanswer">
                  <name><text>Tomb</text></name>
                  <questiontext format="html"><text>Who's buried in Grant's tomb?</text></questiontext>
                  <usecase>1</usecase>
                  <answer fraction="100"><text>no one</text></answer>
                  <answer fraction="100"><text>nobody</text></answer>
                  <answer fraction="50"><text>Grant</text></answer>
                </question>
                <question type="numerical">
                  <name><text>Pi</text></name>
                  <questiontext format="html"><text>Pi to three places?</text></questiontext>
                  <answer fraction="100"><text>3.1415</text><tolerance>0.0005</tolerance></answer>
                  <units><unit><multiplier>1</multiplier><unit_name>rad</unit_name></unit></units>
                </question>
                <question type="matching">
                  <name><text>Capitals</text></name>
                  <questiontext format="html"><text>Match the capitals.</text></questiontext>
                  <subquestion format="html"><text><![CDATA[<p>Canada</p>]]></text><answer><text>Ottawa</text></answer></subquestion>
                  <subquestion format="html"><text>Italy</text><answer><text>Rome</text></answer></subquestion>
                  <subquestion format="html"><text></text><answer><text>Paris</text></answer></subquestion>
                </question>
                """);
        assertThat(deck.items()).extracting(i -> i.content()).containsExactly(
                new ItemContent.ShortAnswer("Who's buried in Grant's tomb?", List.of("no one", "nobody")),
                new ItemContent.ShortAnswer("Pi to three places?", List.of("3.1415")),
                new ItemContent.Matching("Match the capitals.",
                        List.of(new Pair("Canada", "Ottawa"), new Pair("Italy", "Rome"))));
        assertThat(deck.items().get(0).note()).contains("“Grant” (50%)").contains("case-sensitive");
        assertThat(deck.items().get(1).note()).contains("tolerance ±0.0005").contains("units");
        assertThat(deck.items().get(2).note()).contains("“Paris”");
    }

    @Test
    void embeddedAnswersBecomeAClozeWhereEveryBlankMaps() {
        var deck = read("""
                <question type="cloze">
                  <name><text>France</text></name>
                  <questiontext format="html"><text><![CDATA[<p>{1:SHORTANSWER:=Paris~=paris#ok~*#no} is the capital of
                    {2:MULTICHOICE:=France#yes~Spain#no}, at {1:NUMERICAL:=48.9:0.1} degrees north.</p>]]></text></questiontext>
                  <generalfeedback format="html"><text>Geography.</text></generalfeedback>
                </question>
                <question type="multianswer">
                  <name><text>Pick</text></name>
                  <questiontext format="html"><text>Choose {1:MULTIRESPONSE:=a~=b~c}.</text></questiontext>
                </question>
                """);
        var item = deck.items().get(0);
        assertThat(item.content()).isEqualTo(new ItemContent.Cloze(
                "{{c1::Paris|paris}} is the capital of {{c2::France}}, at {{c3::48.9}} degrees north."));
        assertThat(item.explanation()).isEqualTo("Geography.");
        assertThat(item.note()).contains("blank 2 was a choice").contains("tolerance ±0.1");
        assertThat(deck.skipped()).singleElement()
                .satisfies(s -> assertThat(s.why()).contains("multiple-response"));
    }

    @Test
    void orderingEssayDescriptionAndUnknownTypes() {
        var deck = read("""
                <question type="ordering">
                  <name><text>Steps</text></name>
                  <questiontext format="html"><text>Put in order.</text></questiontext>
                  <answer fraction="2"><text>second</text></answer>
                  <answer fraction="1"><text>first</text></answer>
                  <answer fraction="3"><text>third</text></answer>
                </question>
                <question type="essay"><name><text>Essay</text></name><questiontext><text>Why?</text></questiontext></question>
                <question type="description"><name><text>Intro</text></name><questiontext><text>Read.</text></questiontext></question>
                <question type="ddwtos"><name><text>Drag</text></name><questiontext><text>Drag.</text></questiontext></question>
                """);
        assertThat(deck.items()).extracting(i -> i.content()).containsExactly(
                new ItemContent.Ordering("Put in order.", List.of("first", "second", "third")));
        assertThat(deck.skipped()).extracting(ImportedDeck.Skipped::where)
                .containsExactly("question 2 (“Essay”)", "question 3 (“Intro”)", "question 4 (“Drag”)");
        assertThat(deck.skipped().get(2).why()).contains("ddwtos");
    }

    @Test
    void anXxeFileIsRefusedNotParsed() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <quiz><question type="shortanswer"><name><text>&secret;</text></name>
                <questiontext><text>&secret;</text></questiontext><answer fraction="100"><text>x</text></answer>
                </question></quiz>
                """;
        assertThatThrownBy(() -> MoodleXmlReader.read(xxe.getBytes(StandardCharsets.UTF_8), "Deck"))
                .isInstanceOf(ImportException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void aFileThatIsNotMoodleXmlIsRefused() {
        assertThatThrownBy(() -> MoodleXmlReader.read("Who's buried?{=no one}".getBytes(StandardCharsets.UTF_8), "D"))
                .isInstanceOf(ImportException.class).hasMessageContaining("not well-formed XML (line 1");
        assertThatThrownBy(() -> MoodleXmlReader.read("<html><body/></html>".getBytes(StandardCharsets.UTF_8), "D"))
                .isInstanceOf(ImportException.class).hasMessageContaining("root element is <html>");
        assertThatThrownBy(() -> MoodleXmlReader.read(new byte[0], "D"))
                .isInstanceOf(ImportException.class).hasMessageContaining("empty");
    }
}
