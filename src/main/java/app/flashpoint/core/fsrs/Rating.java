package app.flashpoint.core.fsrs;

/** The learner's answer to a card. The numeric grade is the one the FSRS formulas use. */
public enum Rating {
    AGAIN(1),
    HARD(2),
    GOOD(3),
    EASY(4);

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    public int grade() {
        return grade;
    }

    public boolean isRecall() {
        return this != AGAIN;
    }

    public static Rating ofGrade(int grade) {
        return switch (grade) {
            case 1 -> AGAIN;
            case 2 -> HARD;
            case 3 -> GOOD;
            case 4 -> EASY;
            default -> throw new IllegalArgumentException("rating must be 1..4, got " + grade);
        };
    }
}
