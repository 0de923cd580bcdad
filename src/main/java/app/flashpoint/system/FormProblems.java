package app.flashpoint.system;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Set;

/**
 * A validated form's problems, for pages that list them ({@link #of}) or show each beside its field
 * ({@link #byField}). As a list: each message once (a field's @NotBlank and @Size may say
 * the same thing), in the order of the form's fields, since the validator's Set has no order of its own.
 */
public final class FormProblems {
    private FormProblems() {
    }

    public static <T> List<String> of(Set<ConstraintViolation<T>> violations, List<String> fieldOrder) {
        var problems = new ArrayList<String>();
        for (String field : fieldOrder) {
            violations.stream().filter(v -> v.getPropertyPath().toString().equals(field))
                    .map(ConstraintViolation::getMessage).sorted()
                    .filter(m -> !problems.contains(m)).forEach(problems::add);
        }
        return problems;
    }

    /**
     * Field name → message, one message a field (a field's constraints carry the same message, so which one wins
     * does not matter).
     */
    public static <T> Map<String, String> byField(Set<ConstraintViolation<T>> violations) {
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
