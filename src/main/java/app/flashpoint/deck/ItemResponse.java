package app.flashpoint.deck;

import app.flashpoint.core.bank.Item;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** An item as the API gives it: offsets index the document's text so that text.substring(start, end) == quote. */
@Serdeable
record ItemResponse(String id, String type, String keyPoint, String bloom, Map<String, Object> content,
                    String explanation, List<Source> sources) {

    static ItemResponse of(Item item) {
        return new ItemResponse(item.id(), item.type().yamlName(), item.keyPoint(), item.bloom().yamlName(),
                item.content().toMap(), item.explanation(),
                item.sources().stream().map(s -> new Source(s.document(), s.quote(), s.start(), s.end())).toList());
    }

    @Serdeable
    record Source(String document, String quote, int start, int end) {
    }
}
