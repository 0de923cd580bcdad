package app.flashpoint.core.generate.draft;

import java.util.List;

/** Proposed key points and items for one document, all to be reviewed by an instructor before use. */
public record Drafts(List<DraftKeyPoint> keyPoints, List<DraftItem> items) {
    public Drafts {
        keyPoints = List.copyOf(keyPoints);
        items = List.copyOf(items);
    }
}
