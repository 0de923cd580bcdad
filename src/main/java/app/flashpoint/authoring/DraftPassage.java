package app.flashpoint.authoring;

import app.flashpoint.core.bank.SourceSpan;
import app.flashpoint.core.document.SourceDocument;

/** A draft's quote in its place: some text before and after, so the reviewer sees what it was cut from. */
record DraftPassage(String document, String before, String quote, String after) {
    private static final int CONTEXT = 160;

    static DraftPassage of(SourceSpan span, SourceDocument document) {
        String text = document.text();
        int from = Math.max(0, span.start() - CONTEXT);
        int to = Math.min(text.length(), span.end() + CONTEXT);
        return new DraftPassage(document.title(), (from > 0 ? "…" : "") + text.substring(from, span.start()),
                span.quote(), text.substring(span.end(), to) + (to < text.length() ? "…" : ""));
    }
}
