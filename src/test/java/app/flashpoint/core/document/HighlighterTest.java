package app.flashpoint.core.document;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HighlighterTest {
    @Test
    void overlappingSpansSplitIntoSegmentsThatKnowTheirCitations() {
        String text = "AB: one two three four";
        var spans = List.of(new Highlighter.Span(4, 11, "a"), new Highlighter.Span(8, 17, "b"));

        List<Highlighter.Segment> segments = Highlighter.highlight(text, spans).get(0).segments();

        assertThat(segments).extracting(Highlighter.Segment::text)
                .containsExactly("one ", "two", " three", " four");
        assertThat(segments).extracting(Highlighter.Segment::covering)
                .containsExactly(List.of("a"), List.of("a", "b"), List.of("b"), List.of());
        assertThat(segments.get(0).startingHere()).containsExactly("a");
        assertThat(segments.get(1).startingHere()).containsExactly("b");
    }

    @Test
    void textIsPreservedExactly() {
        String text = "Intro line.\nTQ: question here\nSL: answer there";
        var blocks = Highlighter.highlight(text, List.of(new Highlighter.Span(16, 24, "x")));
        var rebuilt = new StringBuilder();
        blocks.forEach(b -> b.segments().forEach(s -> rebuilt.append(s.text())));
        // speaker labels are rendered apart, so the segments hold the text after them
        assertThat(rebuilt.toString()).isEqualTo("Intro line.question hereanswer there");
        assertThat(blocks.get(1).segments()).extracting(Highlighter.Segment::text).containsExactly("question", " here");
    }
}
