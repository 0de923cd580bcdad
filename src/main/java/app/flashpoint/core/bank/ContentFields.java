package app.flashpoint.core.bank;

import java.util.List;
import java.util.Map;

/** Typed, checked reads from an untyped map (parsed YAML or JSON). */
final class ContentFields {
    private final Map<?, ?> map;

    ContentFields(Map<?, ?> map) {
        this.map = map;
    }

    String text(String field) {
        Object value = map.get(field);
        if (value == null || value instanceof Map || value instanceof List || value.toString().isBlank()) {
            throw new IllegalArgumentException("missing or empty field '" + field + "'");
        }
        return value.toString().strip();
    }

    boolean bool(String field) {
        Object value = map.get(field);
        if (value instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException("field '" + field + "' must be true or false");
    }

    List<String> texts(String field) {
        return list(field).stream().map(v -> {
            if (v == null || v instanceof Map || v instanceof List || v.toString().isBlank()) {
                throw new IllegalArgumentException("field '" + field + "' must list non-empty texts");
            }
            return v.toString().strip();
        }).toList();
    }

    /** Like {@link #texts} but an absent field is an empty list. */
    List<String> optionalTexts(String field) {
        return map.get(field) == null ? List.of() : texts(field);
    }

    List<ContentFields> maps(String field) {
        return list(field).stream().map(v -> {
            if (!(v instanceof Map<?, ?> m)) {
                throw new IllegalArgumentException("field '" + field + "' must list mappings");
            }
            return new ContentFields(m);
        }).toList();
    }

    private List<?> list(String field) {
        Object value = map.get(field);
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("missing list field '" + field + "'");
        }
        return list;
    }
}
