package app.flashpoint.deck;

import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

@Serdeable
public record DeckDetail(String slug, String title, String description, List<String> documents,
                         List<KeyPointSummary> keyPoints) {

    /** Key points grouped by family, families in the order the author first used them. */
    public List<Family> families() {
        var byFamily = new LinkedHashMap<String, List<KeyPointSummary>>();
        keyPoints.forEach(k -> byFamily.computeIfAbsent(k.family(), f -> new ArrayList<>()).add(k));
        return byFamily.entrySet().stream().map(e -> new Family(e.getKey(), e.getValue())).toList();
    }

    public record Family(String name, List<KeyPointSummary> keyPoints) {
        public long itemCount() {
            return keyPoints.stream().mapToLong(KeyPointSummary::itemCount).sum();
        }
    }
}
