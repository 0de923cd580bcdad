package app.flashpoint.core.generate.quiz;

import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.core.generate.cards.CardFace;
import app.flashpoint.core.generate.cards.Grade;
import app.flashpoint.core.generate.cards.Mark;
import app.flashpoint.core.generate.cards.Response;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuizMarkingTest {
    private static final QuizMarking HALF = new QuizMarking(0.5);

    private static Card card(CardFace face) {
        return new Card("i", 0, "kp", List.of(), face);
    }

    @Test
    void aNearlyRightTypedAnswerEarnsTheCloseScoreWithTheMarkersNote() {
        Card cloze = card(new CardFace.Cloze(List.of(), "counterbalance", "x"));
        Grade typo = HALF.grade(cloze, new Response.Typed("counterbalanse"));
        assertThat(typo.mark()).isEqualTo(Mark.CLOSE);
        assertThat(typo.score()).isEqualTo(0.5);
        assertThat(typo.feedback()).contains("counterbalance");
        assertThat(QuizMarking.FULL_CREDIT.grade(cloze, new Response.Typed("counterbalanse")).score()).isEqualTo(1.0);
        // right and wrong answers are not weighed
        assertThat(HALF.grade(cloze, new Response.Typed("counterbalance")).score()).isEqualTo(1.0);
        assertThat(HALF.grade(cloze, new Response.Typed("leverage")).score()).isEqualTo(0.0);
    }

    @Test
    void aMostlyRightOrderKeepsItsPartMarks() {
        Card ordering = card(new CardFace.Ordering("p", List.of("a", "b", "c", "d")));
        Grade grade = HALF.grade(ordering, new Response.Order(List.of("a", "b", "d", "c")));
        assertThat(grade.mark()).isEqualTo(Mark.CLOSE);
        assertThat(grade.score()).isEqualTo(0.75);
    }

    @Test
    void aRemarkIsCorrectAtFullMarksWrongAtNoneAndNearlyRightBetween() {
        assertThat(QuizMarking.remarked(1).mark()).isEqualTo(Mark.CORRECT);
        assertThat(QuizMarking.remarked(0).mark()).isEqualTo(Mark.WRONG);
        assertThat(QuizMarking.remarked(0.4)).extracting(Grade::mark, Grade::score).containsExactly(Mark.CLOSE, 0.4);
        assertThat(QuizMarking.remarked(1).feedback()).isEqualTo("Re-marked by your instructor.");
        assertThatThrownBy(() -> QuizMarking.remarked(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuizMarking(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
