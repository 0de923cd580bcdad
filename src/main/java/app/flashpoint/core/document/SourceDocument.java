package app.flashpoint.core.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A source text (as a Java string, so offsets are UTF-16 indices) with its metadata. */
public record SourceDocument(String name, String text, Map<String, String> metadata) {
    public SourceDocument {
        metadata = Map.copyOf(metadata);
    }

    public String title() {
        return metadata.getOrDefault("title", name);
    }

    /** Start offsets of every exact occurrence of {@code quote}, overlapping ones included. */
    public List<Integer> occurrencesOf(String quote) {
        var starts = new ArrayList<Integer>();
        if (quote.isEmpty()) {
            return starts;
        }
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            starts.add(at);
        }
        return starts;
    }
}
