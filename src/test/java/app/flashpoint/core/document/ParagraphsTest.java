package app.flashpoint.core.document;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ParagraphsTest {
    @Test
    void recognisesSpeakerTurnsAndResolvesInitials() {
        String text = "An introduction: with a colon.\nTyler Quillen: First question?\nShuxian Luo: An answer.\n"
                + "More of the answer.\nTQ: Second question?\nSL: Second answer.";

        List<Paragraph> paragraphs = Paragraphs.of(text);

        assertThat(paragraphs).extracting(Paragraph::speaker)
                .containsExactly(null, "Tyler Quillen", "Shuxian Luo", null, "Tyler Quillen", "Shuxian Luo");
        Paragraph question = paragraphs.get(4);
        assertThat(text.substring(question.bodyStart(), question.end())).isEqualTo("Second question?");
        assertThat(text.substring(paragraphs.get(3).start(), paragraphs.get(3).end())).isEqualTo("More of the answer.");
    }

    @Test
    void skipsBlankLinesAndTrailingSpace() {
        List<Paragraph> paragraphs = Paragraphs.of("One.  \n\n\nTwo.\n");
        assertThat(paragraphs).hasSize(2);
        assertThat(paragraphs.get(0).end()).isEqualTo(4);
    }
}
