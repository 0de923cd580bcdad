package app.flashpoint.core.generate.draft;

import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.bank.ItemType;
import app.flashpoint.core.bank.SourceSpan;
import app.flashpoint.core.generate.lint.LintWarning;

import java.util.List;

/**
 * A proposed item; {@code content.toMap()} is its JSON content. {@code lint} holds the advisory warnings
 * only: drafts with a blocking warning are never proposed.
 */
public record DraftItem(String id, ItemType type, String keyPoint, ItemContent content, List<SourceSpan> sources,
                        List<LintWarning> lint) {
    public DraftItem {
        sources = List.copyOf(sources);
        lint = List.copyOf(lint);
    }
}
