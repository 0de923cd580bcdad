package app.flashpoint.core.document;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts a document's paragraphs into segments at every span boundary, so that overlapping quotes can be
 * highlighted at once: each segment knows which spans cover it and which spans start at it.
 */
public final class Highlighter {
    private Highlighter() {
    }

    /** A highlighted range {@code [start, end)} identified by {@code key}. */
    public record Span(int start, int end, String key) {
    }

    public record Segment(String text, List<String> covering, List<String> startingHere) {
        public boolean highlighted() {
            return !covering.isEmpty();
        }
    }

    public record Block(Paragraph paragraph, List<Segment> segments) {
    }

    public static List<Block> highlight(String text, List<Span> spans) {
        var blocks = new ArrayList<Block>();
        for (Paragraph p : Paragraphs.of(text)) {
            var cuts = new TreeSet<Integer>(List.of(p.bodyStart(), p.end()));
            for (Span s : spans) {
                if (s.start() < p.end() && s.end() > p.bodyStart()) {
                    cuts.add(Math.max(s.start(), p.bodyStart()));
                    cuts.add(Math.min(s.end(), p.end()));
                }
            }
            var segments = new ArrayList<Segment>();
            Integer from = cuts.first();
            for (Integer to : cuts.tailSet(from, false)) {
                int a = from;
                int b = to;
                List<String> covering = spans.stream().filter(s -> s.start() <= a && s.end() >= b)
                        .map(Span::key).toList();
                List<String> starting = spans.stream().filter(s -> s.start() == a).map(Span::key).toList();
                segments.add(new Segment(text.substring(a, b), covering, starting));
                from = to;
            }
            blocks.add(new Block(p, segments));
        }
        return blocks;
    }
}
