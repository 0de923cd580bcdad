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
}
