package app.flashpoint.core.generate.cards;

/** {@code score} runs from 0 to 1; ordering and matching earn part marks, the other kinds all or nothing. */
public record Grade(Mark mark, double score) {
    static Grade of(Mark mark) {
        return new Grade(mark, mark.counts() ? 1.0 : 0.0);
    }

    static Grade partial(int right, int of) {
        return new Grade(right == of ? Mark.CORRECT : Mark.WRONG, of == 0 ? 0 : (double) right / of);
    }
}
