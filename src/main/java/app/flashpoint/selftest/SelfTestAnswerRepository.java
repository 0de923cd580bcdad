package app.flashpoint.selftest;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
interface SelfTestAnswerRepository extends CrudRepository<SelfTestAnswerRow, Long> {
    List<SelfTestAnswerRow> findBySelfTestIdOrderByNumber(long selfTestId);

    /**
     * Records an answer unless the question already has one (double click, resend, two tabs): 1 when this
     * call recorded it, 0 when an earlier one had. ON CONFLICT works on SQLite (3.24+) and PostgreSQL alike.
     */
    @Query("INSERT INTO self_test_answer (self_test_id, number, response, mark, score, answered_at) "
            + "VALUES (:selfTestId, :number, :response, :mark, :score, :answeredAt) "
            + "ON CONFLICT (self_test_id, number) DO NOTHING")
    int record(long selfTestId, int number, String response, String mark, double score, long answeredAt);
}
