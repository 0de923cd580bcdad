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
        assertThat(codes(new ItemContent.Ordering("order", List.of("war", "War")))).containsExactly(LintCode.DUPLICATE_OPTIONS);
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
}
