package app.flashpoint.assignment;

import java.util.Arrays;
import java.util.Optional;

/** What an assignment asks for; {@code code} is the text stored in assignment.kind and used in the routes. */
public enum AssignmentKind {
    /** Questions drawn into attempts, graded. */
    QUIZ("quiz"),
    /** Key points to study by the due date, no attempts. */
    PRACTICE("practice");

    private final String code;

    AssignmentKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Empty for any other text (a route naming no kind). */
    public static Optional<AssignmentKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
