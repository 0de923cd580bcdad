package app.flashpoint.quiz;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A form record's constraint violations as the forms show them: field name → message, one message a field
 * (a field's constraints carry the same message, so which one wins does not matter). Shared by the
 * self-test, assignment and cram forms.
 */
public final class FieldErrors {
    private FieldErrors() {
    }

    public static <T> Map<String, String> of(Set<ConstraintViolation<T>> violations) {
        var errors = new LinkedHashMap<String, String>();
        for (ConstraintViolation<T> v : violations) {
            String field = null;
            for (Path.Node node : v.getPropertyPath()) {
                field = node.getName();
            }
            errors.putIfAbsent(field, v.getMessage());
        }
        return errors;
    }
}
