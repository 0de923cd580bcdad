package app.flashpoint.deck;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
public interface ItemRepository extends CrudRepository<ItemRow, String> {
    List<ItemRow> findByDeckSlugOrderByPosition(String deckSlug);

    List<ItemRow> findByDeckSlugAndStatusOrderByPosition(String deckSlug, String status);

    List<ItemRow> findByIdInAndStatus(Collection<String> ids, String status);

    long countByDeckSlugAndStatus(String deckSlug, String status);
}
