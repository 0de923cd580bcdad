package app.flashpoint.quiz;

import app.flashpoint.core.generate.cards.Response;
import io.micronaut.core.type.Argument;
import app.flashpoint.system.StoredJson;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A response as stored in self_test_answer.response and attempt_answer.response: one key naming the kind, its value the answer. */
@Singleton
public class ResponseCodec {
    private final StoredJson json;

    ResponseCodec(StoredJson json) {
        this.json = json;
    }

    public String encode(Response response) {
        Object value;
        String key;
        if (response instanceof Response.Choice c) {
            key = "choice";
            value = c.option();
        } else if (response instanceof Response.Truth t) {
            key = "truth";
            value = t.value();
        } else if (response instanceof Response.Typed t) {
            key = "typed";
            value = t.text();
        } else if (response instanceof Response.Order o) {
            key = "order";
            value = o.sequence();
        } else if (response instanceof Response.Recalled r) {
            key = "recalled";
            value = r.knew();
        } else {
            key = "matches";
            value = new LinkedHashMap<>(((Response.Matches) response).rightByLeft());
        }
        return json.write(Map.of(key, value));
    }

    public Response decode(String text) {
        Map<String, Object> map = json.read(text, Argument.mapOf(String.class, Object.class));
        var entry = map.entrySet().iterator().next();
        Object v = entry.getValue();
        return switch (entry.getKey()) {
            case "choice" -> new Response.Choice((String) v);
            case "truth" -> new Response.Truth(Boolean.TRUE.equals(v));
            case "typed" -> new Response.Typed((String) v);
            case "recalled" -> new Response.Recalled(Boolean.TRUE.equals(v));
            case "order" -> new Response.Order(((List<?>) v).stream().map(String::valueOf).toList());
            case "matches" -> {
                var matches = new LinkedHashMap<String, String>();
                ((Map<?, ?>) v).forEach((l, r) -> matches.put(String.valueOf(l), String.valueOf(r)));
                yield new Response.Matches(matches);
            }
            default -> throw new IllegalStateException("unknown stored response " + text);
        };
    }
}
