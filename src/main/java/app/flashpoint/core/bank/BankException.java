package app.flashpoint.core.bank;

import java.util.List;

/** The bank cannot be loaded; {@link #problems()} has one line per problem, all of them at once. */
public class BankException extends RuntimeException {
    private final List<String> problems;

    public BankException(List<String> problems) {
        super(problems.size() + " problem(s) in the question bank:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
