package app.flashpoint.gradebook;

import app.flashpoint.classroom.Classrooms;
import app.flashpoint.classroom.ClassroomRow;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** Students × assignments: a quiz cell is the grade by the assignment's method, a practice cell the completion. */
record ClassGradebook(ClassroomRow classroom, List<Column> columns, List<Row> rows) {

    record Column(long id, String title, boolean quiz, String rule) {
    }

    /**
     * @param value     grade or completion 0..1, null when there is none yet
     * @param attempts  submitted attempts (quizzes)
     * @param open      an attempt is in progress
     */
    record Cell(long assignmentId, @Nullable Double value, int attempts, boolean open) {
        public String text() {
            return Figures.percent(value);
        }
    }

    record Row(Classrooms.Student student, List<Cell> cells) {
    }
}
