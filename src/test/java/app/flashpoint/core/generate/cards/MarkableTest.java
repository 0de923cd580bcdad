package app.flashpoint.core.generate.cards;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkableTest {

    @ParameterizedTest(name = "[{0}] typed: {1}")
    @CsvSource(delimiter = '|', value = {
            "CVID (Luo interview – U.S. goal on North Korea)                       | true",
            "The outbreak of the Korean War (1950)                                 | true",
            "The outbreak of the Korean War                                        | true",
            "China fears war, instability and nukes                                | false",
            "Complete, Verifiable, Irreversible Denuclearization                   | true",
            "Patricia Kim (Luo interview)                                          | true",
            "Diverting part or all of U.S. forces in Korea to a Taiwan conflict    | false",
            "Their own agency                                                      | true",
    })
    void aFrontBackCardIsTypedOnlyWithAShortBack(String back, boolean typed) {
        Card card = new Card("i", 0, "kp", List.of(), new CardFace.FrontBack("front", back));
        assertThat(Markable.isTyped(card)).isEqualTo(typed);
        assertThat(Markable.inQuiz(card)).isEqualTo(typed);
    }

    @org.junit.jupiter.api.Test
    void otherKindsAreAlwaysInAQuizAndOnlyClozeAndTypeInAreTyped() {
        Card cloze = new Card("i", 1, "kp", List.of(), new CardFace.Cloze(List.of(), "war", "no war"));
        Card typeIn = new Card("i", 0, "kp", List.of(), new CardFace.TypeIn("q", List.of("a long answer of many words here")));
        Card truth = new Card("i", 0, "kp", List.of(), new CardFace.TrueFalse("s", true));
        assertThat(List.of(cloze, typeIn)).allMatch(Markable::isTyped).allMatch(Markable::inQuiz);
        assertThat(Markable.isTyped(truth)).isFalse();
        assertThat(Markable.inQuiz(truth)).isTrue();
    }
}
