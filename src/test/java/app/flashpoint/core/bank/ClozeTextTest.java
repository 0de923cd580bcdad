package app.flashpoint.core.bank;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClozeTextTest {
    private final ClozeText cloze = new ClozeText("No {{c1::war}}, no {{c2::instability::a state}}, no {{c3::nukes}}.");

    @Test
    void oneCardPerDeletionWithTheOthersFilledIn() {
        assertThat(cloze.numbers()).containsExactly(1, 2, 3);
        var prompt = cloze.prompt(2);
        assertThat(prompt).extracting(ClozeText.Segment::text)
                .containsExactly("No ", "war", ", no ", "instability", ", no ", "nukes", ".");
        assertThat(prompt.get(3).blank()).isTrue();
        assertThat(prompt.get(3).hint()).isEqualTo("a state");
        assertThat(prompt.stream().filter(ClozeText.Segment::blank)).hasSize(1);
        assertThat(cloze.answer(2)).isEqualTo("instability");
        assertThat(cloze.plain()).isEqualTo("No war, no instability, no nukes.");
    }

    @org.junit.jupiter.api.Test
    void alternativesAreMarkedRightButOnlyTheFirstIsShown() {
        var text = new ClozeText("no {{c1::war}}, no {{c2::instability|chaos::a state}}, no {{c3::nukes}}");
        org.assertj.core.api.Assertions.assertThat(text.answer(2)).isEqualTo("instability");
        org.assertj.core.api.Assertions.assertThat(text.accepted(2)).containsExactly("instability", "chaos");
        org.assertj.core.api.Assertions.assertThat(text.others(1)).containsExactly("instability", "chaos", "nukes");
        org.assertj.core.api.Assertions.assertThat(text.plain()).isEqualTo("no war, no instability, no nukes");
        org.assertj.core.api.Assertions.assertThat(text.prompt(1)).extracting(ClozeText.Segment::text)
                .containsExactly("no ", "war", ", no ", "instability", ", no ", "nukes");
        org.assertj.core.api.Assertions.assertThat(text.prompt(2).get(3).hint()).isEqualTo("a state");
    }
}
