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

    /** The answer in the learner's review history (mode 'test'); never card_state, so no schedule moves. */
    @Query("INSERT INTO review_log (account_id, deck_slug, item_id, card_id, mode, rating, reviewed_at, duration_ms, "
            + "answer_token) VALUES (:accountId, :deckSlug, :itemId, :cardId, 'test', :rating, :reviewedAt, "
            + ":durationMs, :answerToken) ON CONFLICT (account_id, answer_token) DO NOTHING")
    int log(long accountId, String deckSlug, String itemId, String cardId, int rating, long reviewedAt,
            long durationMs, String answerToken);
}
