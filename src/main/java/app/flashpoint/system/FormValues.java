package app.flashpoint.system;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A url-encoded form as Micronaut binds it to a map: a field sent once is a String, a field sent several
 * times (checkboxes of one name) a list. These helpers read both the same way. Shared by the self-test and
 * cram forms.
 */
public final class FormValues {
    private FormValues() {
    }

    public static List<String> all(Map<String, Object> form, String name) {
        Object value = form == null ? null : form.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).filter(s -> !s.isBlank()).toList();
        }
        String text = String.valueOf(value);
        return text.isBlank() ? List.of() : List.of(text);
    }

    public static String one(Map<String, Object> form, String name) {
        List<String> values = all(form, name);
        return values.isEmpty() ? "" : values.get(0).strip();
    }
}
