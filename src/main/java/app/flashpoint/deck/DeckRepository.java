package app.flashpoint.deck;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
public interface DeckRepository extends CrudRepository<DeckRow, String> {
    List<DeckRow> listOrderByTitle();

    boolean existsByOwnerId(long ownerId);

    /** The decks of the classes {@code accountId} teaches or has joined. */
    @Query("""
            SELECT DISTINCT c.deck_slug FROM classroom c
            WHERE c.instructor_id = :accountId
               OR EXISTS (SELECT 1 FROM classroom_member m WHERE m.classroom_id = c.id AND m.account_id = :accountId)""")
    List<String> findClassDeckSlugs(long accountId);

    @Query("""
            SELECT COUNT(*) FROM classroom c
            WHERE c.deck_slug = :slug AND (c.instructor_id = :accountId
               OR EXISTS (SELECT 1 FROM classroom_member m WHERE m.classroom_id = c.id AND m.account_id = :accountId))""")
    long countClassesOn(String slug, long accountId);
}
