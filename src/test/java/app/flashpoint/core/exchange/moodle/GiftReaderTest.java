package app.flashpoint.core.exchange.moodle;

import app.flashpoint.core.bank.Bloom;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.bank.ItemContent.Distractor;
import app.flashpoint.core.bank.ItemContent.Pair;
import app.flashpoint.core.bank.KeyPoint;
import app.flashpoint.core.exchange.ImportException;
import app.flashpoint.core.exchange.ImportedDeck;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GiftReaderTest {

    private static ImportedDeck read(String gift) {
        return GiftReader.read(gift, "Grant");
    }

    private static ItemContent only(String gift) {
        var deck = read(gift);
        assertThat(deck.items()).hasSize(1);
        return deck.items().get(0).content();
    }

    @Test
    void multipleChoiceKeepsWrongAnswersFeedbackAsWhyAndTheRightOnesAsExplanation() {
        var deck = read("""
                ::Tomb::Who's buried in Grant's tomb?{
                  ~Grant#He is only one of them.
                  ~Jefferson
                  =no one#Right: they are entombed.
                  ####Above ground, in sarcophagi.
                }
                """);
        var item = deck.items().get(0);
        assertThat(item.id()).isEqualTo("q-1");
        assertThat(item.bloom()).isEqualTo(Bloom.REMEMBER);
        assertThat(item.content()).isEqualTo(new ItemContent.MultipleChoice("Who's buried in Grant's tomb?", "no one",
                List.of(new Distractor("Grant", "He is only one of them."), new Distractor("Jefferson", ""))));
        assertThat(item.explanation()).isEqualTo("Right: they are entombed.\n\nAbove ground, in sarcophagi.");
        assertThat(item.note()).isEmpty();
    }

    @Test
    void aMissingWordChoiceShowsTheBlank() {
        assertThat(only("Grant is {~buried =entombed ~living} in Grant's tomb."))
                .isEqualTo(new ItemContent.MultipleChoice("Grant is _____ in Grant's tomb.", "entombed",
                        List.of(new Distractor("buried", ""), new Distractor("living", ""))));
    }

    @Test
    void partialCreditKeepsTheFullCreditAnswerAndNotesTheLoss() {
        var item = read("Difficult question.{~wrong ~%50%half credit =full credit}").items().get(0);
        assertThat(((ItemContent.MultipleChoice) item.content()).answer()).isEqualTo("full credit");
        assertThat(((ItemContent.MultipleChoice) item.content()).distractors()).extracting(Distractor::text)
                .containsExactly("wrong", "half credit");
        assertThat(item.note()).contains("“half credit” (50%)");
    }

    @Test
    void withoutASingleFullCreditAnswerTheQuestionIsSkipped() {
        var deck = read("""
                What two people are entombed? {~%-50%No one ~%50%Grant ~%50%Grant's wife}

                Which two? {=a =b ~c}
                """);
        assertThat(deck.items()).isEmpty();
        assertThat(deck.skipped()).extracting(ImportedDeck.Skipped::where)
                .containsExactly("question 1 (line 1)", "question 2 (line 3)");
        assertThat(deck.skipped().get(0).why()).contains("multiple-answer");
        assertThat(deck.skipped().get(1).why()).contains("several answers are marked fully right");
    }

    @Test
    void trueFalseInAllSpellingsWithBothFeedbacks() {
        var deck = read("""
                The sun rises in the east.{T}

                The sun rises in the west.{FALSE}

                Grant is buried in Grant's tomb.{F#No one is buried there.#Right.####A tomb is not a grave.}

                42 is the answer.{TRUE}
                """);
        assertThat(deck.items()).extracting(i -> i.content()).containsExactly(
                new ItemContent.TrueFalse("The sun rises in the east.", true),
                new ItemContent.TrueFalse("The sun rises in the west.", false),
                new ItemContent.TrueFalse("Grant is buried in Grant's tomb.", false),
                new ItemContent.TrueFalse("42 is the answer.", true));
        assertThat(deck.items().get(2).explanation())
                .isEqualTo("No one is buried there.\n\nRight.\n\nA tomb is not a grave.");
    }

    @Test
    void shortAnswerKeepsEveryFullCreditAlternativeAndDropsPartialAndWildcard() {
        var deck = read("""
                Who's buried in Grant's tomb?{=no one =nobody}

                Which is the best animal?{
                    =Frog#Good!
                    =%50%Cat#Cats again?
                    =%0%*#Completely wrong
                }
                """);
        assertThat(deck.items().get(0).content())
                .isEqualTo(new ItemContent.ShortAnswer("Who's buried in Grant's tomb?", List.of("no one", "nobody")));
        var animal = deck.items().get(1);
        assertThat(animal.content()).isEqualTo(new ItemContent.ShortAnswer("Which is the best animal?", List.of("Frog")));
        assertThat(animal.explanation()).isEqualTo("Good!");
        assertThat(animal.note()).contains("“Cat” (50%)").contains("catch-all answer *");
    }

    @Test
    void aShortAnswerAskedMidSentenceIsACloze() {
        assertThat(only("Two plus two equals {=four =4}."))
                .isEqualTo(new ItemContent.Cloze("Two plus two equals {{c1::four|4}}."));
    }

    @Test
    void matchingNeedsTwoPairsAndDropsExtraChoices() {
        var deck = read("""
                Match the countries with their capitals. {
                    =Canada -> Ottawa
                    =Italy->Rome
                    = -> Paris
                }

                Only one. {=Canada -> Ottawa}
                """);
        var item = deck.items().get(0);
        assertThat(item.content()).isEqualTo(new ItemContent.Matching("Match the countries with their capitals.",
                List.of(new Pair("Canada", "Ottawa"), new Pair("Italy", "Rome"))));
        assertThat(item.note()).contains("“Paris”");
        assertThat(deck.skipped()).singleElement()
                .satisfies(s -> assertThat(s.why()).contains("at least two pairs"));
    }

    @Test
    void numericalBecomesAShortAnswerAndReportsWhatItLoses() {
        var deck = read("""
                When was Ulysses S. Grant born?{#1822}

                What is pi to three places?{#3.1415:0.0005}

                What is pi to three places?{#3.141..3.142}

                When was Grant born? {#
                    =1822:0 #Correct!
                    =%50%1822:2 #Close.
                }

                What is a number from 1 to 5? {#3:2~#Completely wrong}
                """);
        assertThat(deck.items()).extracting(i -> ((ItemContent.ShortAnswer) i.content()).answers())
                .containsExactly(List.of("1822"), List.of("3.1415"), List.of("3.1415"), List.of("1822"), List.of("3"));
        assertThat(deck.items().get(0).note()).isEmpty();
        assertThat(deck.items().get(1).note()).contains("tolerance ±0.0005 was dropped");
        assertThat(deck.items().get(2).note()).contains("range 3.141..3.142 became its midpoint 3.1415");
        assertThat(deck.items().get(3).note()).contains("partial-credit answer 1822 ±2 (50%)");
        assertThat(deck.items().get(3).explanation()).isEqualTo("Correct!");
        assertThat(deck.items().get(4).note()).contains("tolerance ±2").contains("feedback for any other number");
    }

    @Test
    void escapesCommentsNamesAndFormatMarkers() {
        var deck = read("""
                // a comment before
                ::GIFT Control Characters::
                // a comment inside the question does not split it
                [html]Which is <b>not</b> a control character\\: a b\\{c\\} d? {
                   ~ \\~     # \\~ is one.
                   ~ \\=     # \\= is one.
                   ~ \\#     # \\# is one.
                   = \\\\    # Correct! A backslash\\nonly escapes.
                }
                """);
        var item = deck.items().get(0);
        assertThat(item.content()).isEqualTo(new ItemContent.MultipleChoice(
                "Which is not a control character: a b{c} d?", "\\",
                List.of(new Distractor("~", "~ is one."), new Distractor("=", "= is one."),
                        new Distractor("#", "# is one."))));
        assertThat(item.explanation()).isEqualTo("Correct! A backslash\nonly escapes.");
    }

    @Test
    void essayAndDescriptionAreSkippedWithWhereAndWhy() {
        var deck = read("""
                How are you? {}

                Just some text to read.

                Fine.{T}
                """);
        assertThat(deck.items()).hasSize(1);
        assertThat(deck.skipped()).containsExactly(
                new ImportedDeck.Skipped("question 1 (line 1)", "an essay question: answered in free text and"
                        + " marked by a teacher, which Flashpoint has no item for"),
                new ImportedDeck.Skipped("question 2 (line 3)", "a description: text with no answer block {…},"
                        + " so nothing to answer"));
    }

    @Test
    void categoriesBecomeKeyPointsAndEarlierQuestionsGoUnderTheDeck() {
        var deck = read("""
                Before any category.{T}

                $CATEGORY: $course$/top/History/US Presidents

                Grant was a president.{T}

                $CATEGORY: $course$/Geography

                Ottawa is in Canada.{T}

                $CATEGORY: $course$/top/History/US Presidents

                Lincoln was a president.{T}

                $CATEGORY: Empty

                Only an essay here. {}
                """);
        assertThat(deck.keyPoints()).containsExactly(
                new KeyPoint("kp-1", "Grant", "", "", 3),
                new KeyPoint("kp-2", "US Presidents", "", "History", 3),
                new KeyPoint("kp-3", "Geography", "", "", 3));
        assertThat(deck.items()).extracting(i -> i.keyPoint()).containsExactly("kp-1", "kp-2", "kp-3", "kp-2");
        assertThat(deck.items()).extracting(i -> i.id()).containsExactly("q-1", "q-2", "q-3", "q-4");
    }

    @Test
    void anUnclosedBraceFailsTheFileNamingItsLine() {
        assertThatThrownBy(() -> read("""
                Fine.{T}

                Who's buried
                in Grant's tomb? {=no one
                =nobody
                """)).isInstanceOf(ImportException.class).hasMessageStartingWith("Line 4 (question 2 (line 3)):")
                .hasMessageContaining("never closed");
        assertThatThrownBy(() -> read("A stray } here {T}")).isInstanceOf(ImportException.class)
                .hasMessageContaining("Line 1").hasMessageContaining("never opened");
        assertThatThrownBy(() -> read("Pi? {#three}")).isInstanceOf(ImportException.class)
                .hasMessageContaining("“three” is not a number");
    }

    @Test
    void readsWindowsLineEndsAndAByteOrderMark() {
        var deck = read("\uFEFF// c\r\nQ one?{=a}\r\n\r\nQ two?{=b}\r\n");
        assertThat(deck.items()).extracting(i -> ((ItemContent.ShortAnswer) i.content()).question())
                .containsExactly("Q one?", "Q two?");
    }
}
