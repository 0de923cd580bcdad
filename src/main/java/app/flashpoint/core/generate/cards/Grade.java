package app.flashpoint.core.generate.cards;

/**
 * {@code score} runs from 0 to 1; ordering and matching earn part marks. A close text answer earns full
 * marks by default (a quiz's instructor may weigh it otherwise); {@code feedback} is one short sentence for
 * the learner, empty when there is nothing to add to the verdict.
 */
public record Grade(Mark mark, double score, String feedback) {
    public Grade {
        feedback = feedback == null ? "" : feedback;
    }

    public Grade(Mark mark, double score) {
        this(mark, score, "");
    }

    static Grade of(Mark mark) {
        return new Grade(mark, mark.counts() ? 1.0 : 0.0, "");
    }

    static Grade of(Mark mark, String feedback) {
        return new Grade(mark, mark.counts() ? 1.0 : 0.0, feedback);
    }
}
