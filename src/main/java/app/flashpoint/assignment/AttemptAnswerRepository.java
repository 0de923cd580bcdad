package app.flashpoint.assignment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** Saved answers of attempts. */
@JdbcRepository(dialect = Dialect.ANSI)
public interface AttemptAnswerRepository extends CrudRepository<AttemptAnswerRow, Long> {
    List<AttemptAnswerRow> findByAttemptIdOrderByNumber(long attemptId);

    /** Autosave: the latest answer to a question replaces the one saved before. */
    @Query("INSERT INTO attempt_answer (attempt_id, number, item_id, response, chosen_option, mark, score, saved_at) "
            + "VALUES (:attemptId, :number, :itemId, :response, :chosenOption, :mark, :score, :savedAt) "
            + "ON CONFLICT (attempt_id, number) DO UPDATE SET response = excluded.response, "
            + "chosen_option = excluded.chosen_option, mark = excluded.mark, score = excluded.score, "
            + "saved_at = excluded.saved_at")
    int upsert(long attemptId, int number, String itemId, String response, @Nullable String chosenOption, String mark,
               double score, long savedAt);

    /** With immediate feedback the first saved answer is final (it was shown right or wrong): 0 if one was. */
    @Query("INSERT INTO attempt_answer (attempt_id, number, item_id, response, chosen_option, mark, score, saved_at) "
            + "VALUES (:attemptId, :number, :itemId, :response, :chosenOption, :mark, :score, :savedAt) "
            + "ON CONFLICT (attempt_id, number) DO NOTHING")
    int saveOnce(long attemptId, int number, String itemId, String response, @Nullable String chosenOption,
                 String mark, double score, long savedAt);

    /** A cleared answer (an emptied text field) is no answer. */
    @Query("DELETE FROM attempt_answer WHERE attempt_id = :attemptId AND number = :number")
    int clear(long attemptId, int number);

    /** The marks of a submission (it re-marks every answer but a re-marked one with the card as it is now). */
    @Query("UPDATE attempt_answer SET mark = :mark, score = :score "
            + "WHERE attempt_id = :attemptId AND number = :number AND remarked_at IS NULL")
    int mark(long attemptId, int number, String mark, double score);

    /** An instructor's re-mark; the marker's first verdict is kept in auto_mark/auto_score. */
    @Query("UPDATE attempt_answer SET auto_mark = COALESCE(auto_mark, mark), auto_score = COALESCE(auto_score, score), "
            + "mark = :mark, score = :score, remarked_by = :by, remarked_at = :at WHERE id = :id")
    int remark(long id, String mark, double score, long by, long at);

    /** Undoes a re-mark: the marker's verdict again. */
    @Query("UPDATE attempt_answer SET mark = auto_mark, score = auto_score, auto_mark = NULL, auto_score = NULL, "
            + "remarked_by = NULL, remarked_at = NULL WHERE id = :id AND remarked_at IS NOT NULL")
    int unremark(long id);
}
