package app.flashpoint.generate;

import app.flashpoint.core.bank.SourceSpan;
import app.flashpoint.core.generate.draft.DraftItem;
import app.flashpoint.core.generate.draft.DraftKeyPoint;
import app.flashpoint.core.generate.draft.Drafts;
import app.flashpoint.core.generate.lint.LintWarning;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * Drafts as the API gives them. Sources carry no document name: their offsets index the text the client
 * just submitted, so that {@code text.substring(start, end)} equals {@code quote}. Empty lists are written
 * (serde leaves them out by default) so that clients can rely on every field being there.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record GenerateResponse(List<KeyPoint> keyPoints, List<Item> items) {

    static GenerateResponse of(Drafts drafts) {
        return new GenerateResponse(drafts.keyPoints().stream().map(KeyPoint::of).toList(),
                drafts.items().stream().map(Item::of).toList());
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record KeyPoint(String id, String title, List<Source> sources) {
        static KeyPoint of(DraftKeyPoint k) {
            return new KeyPoint(k.id(), k.title(), Source.of(k.sources()));
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Item(String id, String type, String keyPoint, Map<String, Object> content, List<Source> sources,
                List<Lint> lint) {
        static Item of(DraftItem i) {
            return new Item(i.id(), i.type().yamlName(), i.keyPoint(), i.content().toMap(), Source.of(i.sources()),
                    i.lint().stream().map(Lint::of).toList());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Source(int start, int end, String quote) {
        static List<Source> of(List<SourceSpan> spans) {
            return spans.stream().map(s -> new Source(s.start(), s.end(), s.quote())).toList();
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Lint(String code, String message) {
        static Lint of(LintWarning w) {
            return new Lint(w.code().jsonName(), w.message());
        }
    }
}
