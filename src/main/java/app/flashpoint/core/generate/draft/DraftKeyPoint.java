package app.flashpoint.core.generate.draft;

import app.flashpoint.core.bank.SourceSpan;

import java.util.List;

/** A proposed key point: a short title and the sentences that support it (offsets into the submitted text). */
public record DraftKeyPoint(String id, String title, List<SourceSpan> sources) {
    public DraftKeyPoint {
        sources = List.copyOf(sources);
    }
}
