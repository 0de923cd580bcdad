package app.flashpoint.assignment;

import app.flashpoint.core.generate.quiz.QuizMarking;
import app.flashpoint.core.grading.GradingMethod;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * An assignment of a class (V8__assignments.sql). {@code blueprint} is the JSON of selftest's Blueprint: for a
 * quiz what to draw, for practice only the key points (questions 0). {@code kind} and {@code feedback} hold the
 * stored codes of {@link AssignmentKind} and {@link FeedbackTiming}; read them typed through
 * {@link #assignmentKind()} and {@link #feedbackTiming()}. {@code closeScore} (V18) is what a nearly right typed
 * answer earns, 0..1. {@code targetRecall} (V28): for a practice, the recall its key points should have at the due
 * date ("ready by"), or null.
 */
@MappedEntity("assignment")
public record AssignmentRow(@Id @GeneratedValue @Nullable Long id, long classroomId, String kind, String title,
                            String blueprint, long openAt, @Nullable Long closeAt, @Nullable Long dueAt,
                            @Nullable Integer timeLimitSeconds, @Nullable Integer attemptsAllowed, String grading,
                            boolean shuffleQuestions, boolean shuffleOptions, String feedback, long createdAt,
                            double closeScore, @Nullable Double targetRecall) {
    // the stored codes, for rows made by hand (the gradebook's test fixture); code reads the enums
    public static final String QUIZ = AssignmentKind.QUIZ.code();
    public static final String PRACTICE = AssignmentKind.PRACTICE.code();
    public static final String IMMEDIATE = FeedbackTiming.IMMEDIATE.code();
    public static final String AFTER_SUBMIT = FeedbackTiming.AFTER_SUBMIT.code();
    public static final String AFTER_CLOSE = FeedbackTiming.AFTER_CLOSE.code();

    public AssignmentKind assignmentKind() {
        return AssignmentKind.of(kind).orElseThrow(() -> new IllegalStateException("assignment kind " + kind));
    }

    public FeedbackTiming feedbackTiming() {
        return FeedbackTiming.of(feedback).orElseThrow(() -> new IllegalStateException("feedback timing " + feedback));
    }

    /** The same assignment with the values of {@code edited} (a row its form made, without id or creation time). */
    AssignmentRow edited(AssignmentRow edited) {
        return new AssignmentRow(id, classroomId, kind, edited.title(), edited.blueprint(), edited.openAt(),
                edited.closeAt(), edited.dueAt(), edited.timeLimitSeconds(), edited.attemptsAllowed(), edited.grading(),
                edited.shuffleQuestions(), edited.shuffleOptions(), edited.feedback(), createdAt, edited.closeScore(),
                edited.targetRecall());
    }

    /** How the assignment's answers are marked: {@link #closeScore} for a nearly right typed answer. */
    public QuizMarking marking() {
        return new QuizMarking(closeScore);
    }

    /** What a nearly right answer earns, in words for pages. */
    public String closeCredit() {
        return closeScore == 1 ? "full marks, with a note" : Math.round(closeScore * 100) + "% of the question";
    }

    /** A practice that asks for its key points to be ready by the due date, at {@link #targetRecall}. */
    public boolean readyBy() {
        return !quiz() && targetRecall != null && dueAt != null;
    }

    public boolean quiz() {
        return assignmentKind() == AssignmentKind.QUIZ;
    }

    public GradingMethod gradingMethod() {
        return GradingMethod.fromDb(grading).orElseThrow();
    }

    /** Attempts may be started and answers saved from the open time until (not at) the close time. */
    public boolean isOpenAt(long now) {
        return now >= openAt && (closeAt == null || now < closeAt);
    }

    public boolean overdueAt(long now) {
        return dueAt != null && now > dueAt;
    }

    /** Right/wrong and explanations while the attempt is still being taken, after each saved answer. */
    public boolean immediateFeedback() {
        return feedbackTiming() == FeedbackTiming.IMMEDIATE;
    }

    /**
     * Whether a submitted attempt's score, marks and explanations may be shown to its student now: at once
     * for immediate and after_submit, only from the close time for after_close.
     */
    public boolean reviewOpenAt(long now) {
        if (feedbackTiming() == FeedbackTiming.AFTER_CLOSE) {
            return closeAt != null && now >= closeAt;
        }
        return true;
    }

    /** When an attempt started at {@code startedAt} must end: the time limit, capped by the close time. */
    @Nullable
    public Long deadlineFor(long startedAt) {
        Long byLimit = timeLimitSeconds == null ? null : startedAt + timeLimitSeconds * 1000L;
        if (byLimit == null) {
            return closeAt;
        }
        return closeAt == null ? byLimit : Math.min(byLimit, closeAt);
    }
}
