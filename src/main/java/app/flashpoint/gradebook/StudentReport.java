package app.flashpoint.gradebook;

import app.flashpoint.classroom.Classrooms;
import app.flashpoint.classroom.ClassroomRow;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** One student's assignments in a class: each attempt and its per-question results. */
record StudentReport(ClassroomRow classroom, Classrooms.Student student, List<Section> sections) {

    /** @param result the grade (quiz) or completion (practice), as text */
    record Section(ClassGradebook.Column column, String result, List<AttemptView> attempts) {
    }

    /** @param graded this attempt's questions stand for the grade in exports */
    record AttemptView(int number, boolean submitted, String score, boolean graded, List<QuestionLine> questions) {
    }

    /**
     * @param answerId the answer an instructor may re-mark (answered, attempt submitted), else null
     * @param percent the score as a whole percentage, the re-mark field's value
     * @param marker what the marker had said when the answer was re-marked, else empty
     */
    record QuestionLine(int number, ItemTexts.ItemText item, String response, String mark, String score,
                        @Nullable Long answerId, long percent, boolean remarked, String marker) {
    }
}
