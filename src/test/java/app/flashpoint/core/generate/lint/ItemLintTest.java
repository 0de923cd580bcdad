package app.flashpoint.core.generate.lint;

import app.flashpoint.core.bank.Bloom;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.bank.ItemContent.Distractor;
import app.flashpoint.core.bank.ItemContent.Pair;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.flashpoint.core.generate.Fixtures.deck;
import static app.flashpoint.core.generate.Fixtures.item;
import static app.flashpoint.core.generate.Fixtures.keyPoint;
import static org.assertj.core.api.Assertions.assertThat;

class ItemLintTest {

    private static List<LintCode> codes(ItemContent content) {
        return ItemLint.check(content).stream().map(LintWarning::code).toList();
    }

    private static ItemContent.MultipleChoice mc(String question, String key, String... distractors) {
        return new ItemContent.MultipleChoice(question, key,
                java.util.Arrays.stream(distractors).map(d -> new Distractor(d, "why")).toList());
    }

    @Test
    void aWellWrittenMultipleChoiceItemIsClean() {
        assertThat(codes(mc("China uses its cooperation on North Korea as a what?", "bargaining chip",
                "counterbalance", "wild card", "junior partner"))).isEmpty();
    }

    @Test
    void keyMuchLongerThanEveryDistractorIsFlagged() {
        assertThat(codes(mc("What does China use?", "its cooperation on the nuclear issue as a bargaining chip",
                "a threat", "a wild card"))).containsExactly(LintCode.KEY_LONGEST);
        assertThat(codes(mc("What does China use?", "a bargaining chip", "a counterbalance", "wild card")))
                .doesNotContain(LintCode.KEY_LONGEST);
    }

    @Test
    void optionsEqualAfterNormalisationAreFlagged() {
        assertThat(codes(mc("q?", "Bargaining chip", "a bargaining chip.", "wild card")))
                .containsExactly(LintCode.DUPLICATE_OPTIONS);
        assertThat(codes(new ItemContent.Ordering("order", List.of("war", "War", "nukes")))).containsExactly(LintCode.DUPLICATE_OPTIONS);
    }

    @Test
    void answerInTheStemIsFlaggedAsAWholeWordOnly() {
        assertThat(codes(mc("Which counterbalance does China use?", "counterbalance", "bargaining chip", "wild card")))
                .containsExactly(LintCode.ANSWER_IN_STEM);
        assertThat(codes(new ItemContent.Basic("What is warming?", "war"))).isEmpty();
        assertThat(codes(new ItemContent.Cloze("no {{c1::war}} means no war")))
                .containsExactly(LintCode.ANSWER_IN_STEM);
    }

    @Test
    void stopWordBlanksAreFlagged() {
        assertThat(codes(new ItemContent.Cloze("China will use North Korea {{c1::as a}} counterbalance")))
                .containsExactly(LintCode.STOP_WORD_BLANK);
        assertThat(codes(new ItemContent.Cloze("China will use North Korea as a {{c1::counterbalance}}"))).isEmpty();
    }

    @Test
    void longAnswersAreFlagged() {
        String thirteen = "one two three four five six seven eight nine ten eleven twelve thirteen";
        assertThat(codes(new ItemContent.ShortAnswer("q?", List.of(thirteen)))).containsExactly(LintCode.LONG_ANSWER);
        assertThat(codes(new ItemContent.ShortAnswer("q?", List.of(thirteen.replace(" thirteen", ""))))).isEmpty();
    }

    @Test
    void listCardsAreFlaggedButAnAcronymExpansionIsNot() {
        assertThat(codes(new ItemContent.Basic("List the three “no”s.", "war, instability, nukes")))
                .contains(LintCode.ENUMERATION);
        assertThat(codes(new ItemContent.Basic("China's core interests on North Korea?", "no war, no instability, and no nukes")))
                .containsExactly(LintCode.ENUMERATION);
        assertThat(codes(new ItemContent.Reversible("CVID", "Complete, Verifiable, Irreversible Denuclearization"))).isEmpty();
    }

    @Test
    void deckCheckReportsOnlyItemsWithWarnings() {
        var clean = item("clean", "kp", Bloom.REMEMBER, new ItemContent.Basic("What does CVID stand for?", "complete denuclearization"));
        var matching = item("bad", "kp", Bloom.REMEMBER, new ItemContent.Matching("m", List.of(new Pair("a", "x"), new Pair("a", "y"))));
        assertThat(ItemLint.check(deck(List.of(keyPoint("kp", "f")), List.of(clean, matching))))
                .containsOnlyKeys("bad");
    }

    // Advisory rules of issue 15

    @Test
    void matchingsAndOrderingsUnderThreeAreFlaggedAndThreeAreNot() {
        var two = List.of(new Pair("a", "x"), new Pair("b", "y"));
        var three = List.of(new Pair("a", "x"), new Pair("b", "y"), new Pair("c", "z"));
        assertThat(codes(new ItemContent.Matching("Match them.", two))).containsExactly(LintCode.FEW_PAIRS);
        assertThat(codes(new ItemContent.Matching("Match them.", three))).isEmpty();
        assertThat(codes(new ItemContent.Ordering("Order them.", List.of("first", "second"))))
                .containsExactly(LintCode.FEW_STEPS);
        assertThat(codes(new ItemContent.Ordering("Order them.", List.of("first", "second", "third")))).isEmpty();
        assertThat(LintCode.FEW_PAIRS.blocksDrafts()).as("advisory").isFalse();
        assertThat(LintCode.FEW_STEPS.blocksDrafts()).as("advisory").isFalse();
    }

    @Test
    void aLabelInsideAReversibleFrontIsFlagged() {
        String back = "Complete, Verifiable, Irreversible Denuclearization";
        assertThat(codes(new ItemContent.Reversible("CVID (Luo interview – U.S. goal)", back)))
                .containsExactly(LintCode.LABEL_IN_FRONT);
        assertThat(codes(new ItemContent.Reversible("Luo interview – CVID", back))).containsExactly(LintCode.LABEL_IN_FRONT);
        assertThat(codes(new ItemContent.Reversible("CVID", back))).isEmpty();
        assertThat(codes(new ItemContent.Reversible("U.S.-China relations", "the lens"))).as("a hyphen is no label").isEmpty();
        assertThat(codes(new ItemContent.Basic("Luo interview – what does CVID stand for?", back)))
                .as("a basic front is never an answer").isEmpty();
    }

    @Test
    void keysShortestMoreOftenThanChanceAreFlaggedOnThoseItemsOnly() {
        var shortKey1 = mc("q1?", "war", "instability", "nuclear arms");
        var shortKey2 = mc("q2?", "chip", "counterweight", "wild card");
        var longKey = mc("q3?", "a bargaining chip", "a counterweight", "a wild card");
        // 2 of 3 keys shortest against 1.0 expected by chance: a cue, reported on the two
        var flagged = ItemLint.check(deck(List.of(keyPoint("kp", "f")), List.of(item("s1", "kp", Bloom.REMEMBER, shortKey1),
                item("s2", "kp", Bloom.REMEMBER, shortKey2), item("l", "kp", Bloom.REMEMBER, longKey))));
        assertThat(flagged).containsOnlyKeys("s1", "s2");
        assertThat(flagged.get("s1")).extracting(LintWarning::code).containsExactly(LintCode.KEY_SHORTEST);
        assertThat(flagged.get("s1").get(0).message()).contains("2 of 3").contains("chance: 1.0");
        // 1 of 3 is what chance gives: no cue
        var mixed = mc("q4?", "a counterweight", "a bargaining chip", "a wild card");
        assertThat(ItemLint.check(deck(List.of(keyPoint("kp", "f")), List.of(item("s1", "kp", Bloom.REMEMBER, shortKey1),
                item("m", "kp", Bloom.REMEMBER, mixed), item("l", "kp", Bloom.REMEMBER, longKey))))).isEmpty();
        // in the authoring form the item is judged with its deck
        assertThat(ItemLint.check(shortKey2, List.of(shortKey1, longKey))).extracting(LintWarning::code)
                .containsExactly(LintCode.KEY_SHORTEST);
        assertThat(ItemLint.check(longKey, List.of(shortKey1, shortKey2))).isEmpty();
    }

    @Test
    void strongWordsOnOneSideOfTrueFalseAreFlaggedOnThatSide() {
        var false1 = new ItemContent.TrueFalse("China always backs Pyongyang.", false);
        var false2 = new ItemContent.TrueFalse("Only Washington must hold back.", false);
        var true1 = new ItemContent.TrueFalse("There is no way Russia can replace China.", true);
        var plain = new ItemContent.TrueFalse("Luo would not bet on the summit.", true);
        var kp = List.of(keyPoint("kp", "f"));
        // 2 false, 0 true with strong words: more than the margin of one
        var flagged = ItemLint.check(deck(kp, List.of(item("f1", "kp", Bloom.REMEMBER, false1),
                item("f2", "kp", Bloom.REMEMBER, false2), item("p", "kp", Bloom.REMEMBER, plain))));
        assertThat(flagged).containsOnlyKeys("f1", "f2");
        assertThat(flagged.get("f2").get(0).code()).isEqualTo(LintCode.STRONG_WORDS);
        assertThat(flagged.get("f2").get(0).message()).contains("(only)").contains("guesses false");
        // a true statement worded as strongly balances them
        assertThat(ItemLint.check(deck(kp, List.of(item("f1", "kp", Bloom.REMEMBER, false1),
                item("f2", "kp", Bloom.REMEMBER, false2), item("t1", "kp", Bloom.REMEMBER, true1))))).isEmpty();
        assertThat(codes(false1)).as("one statement alone is no pattern").isEmpty();
        assertThat(DeckCues.strongWords("There is no way it will ever be fully so, not only now"))
                .containsExactly("no way", "only");
    }
}
