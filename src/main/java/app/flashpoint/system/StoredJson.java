package app.flashpoint.system;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON the app wrote itself into its own columns (blueprints, drawn questions, document lists, item content):
 * reading it back cannot fail unless the data is corrupt, which is a bug, not a request to refuse. Input from
 * outside is parsed where it arrives, with a 4xx for what is wrong with it.
 */
@Singleton
public class StoredJson {
    private final JsonMapper json;

    StoredJson(JsonMapper json) {
        this.json = json;
    }

    public <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
