package app.flashpoint.core.generate.draft;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTest {
    @Test
    void abbreviationsDoNotEndSentencesAndOffsetsAreExact() {
        String text = "Intro by Dr. Luo of the U.S. Naval War College. Second sentence here!\n"
                + "Tyler Quillen: Why? Because.\nTQ: And then?\nShuxian Luo: Yes. It works.\nMore from her.";
        List<Sentence> sentences = Sentences.of(text);
        assertThat(sentences).extracting(Sentence::text).containsExactly(
                "Intro by Dr. Luo of the U.S. Naval War College.", "Second sentence here!", "Why?", "Because.",
                "And then?", "Yes.", "It works.", "More from her.");
        assertThat(sentences).allSatisfy(s -> assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text()));
        assertThat(sentences).extracting(Sentence::speaker).containsExactly(null, null, "Tyler Quillen",
                "Tyler Quillen", "Tyler Quillen", "Shuxian Luo", "Shuxian Luo", "Shuxian Luo");
        assertThat(sentences.get(7).firstInParagraph()).isTrue();
        assertThat(sentences.get(6).firstInParagraph()).isFalse();
    }
}
