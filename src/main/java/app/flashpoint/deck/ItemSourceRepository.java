package app.flashpoint.deck;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
public interface ItemSourceRepository extends CrudRepository<ItemSourceRow, Long> {
    List<ItemSourceRow> findByItemIdInOrderByPosition(Collection<String> itemIds);

    List<ItemSourceRow> findByDocumentOrderByStartOffset(String document);

    void deleteByItemId(String itemId);
}
