package app.flashpoint.deck;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
public interface DocumentRepository extends CrudRepository<DocumentRow, String> {
    /** Every document without its text (which may be a megabyte each), for lists and choices. */
    @Query("SELECT name, title, metadata, '' AS text, content_hash, deck_slug FROM document ORDER BY name")
    List<DocumentRow> listWithoutText();
}
