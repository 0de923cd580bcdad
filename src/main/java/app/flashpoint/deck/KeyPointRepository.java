package app.flashpoint.deck;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
public interface KeyPointRepository extends CrudRepository<KeyPointRow, String> {
    List<KeyPointRow> findByDeckSlugOrderByPosition(String deckSlug);

    List<KeyPointRow> findByDeckSlugAndStatusOrderByPosition(String deckSlug, String status);

    long countByDeckSlugAndStatus(String deckSlug, String status);
}
