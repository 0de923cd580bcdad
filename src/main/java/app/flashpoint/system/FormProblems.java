package app.flashpoint.system;

import jakarta.validation.ConstraintViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A validated form's problems as its page lists them: each message once (a field's @NotBlank and @Size may say
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
}
