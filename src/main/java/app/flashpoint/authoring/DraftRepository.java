package app.flashpoint.authoring;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.ANSI)
interface DraftRepository extends CrudRepository<DraftRow, Long> {
    List<DraftRow> findByDeckSlugAndStatusOrderById(String deckSlug, DraftStatus status);

    Optional<DraftRow> findByIdAndDeckSlug(Long id, String deckSlug);

    long countByDeckSlugAndStatus(String deckSlug, DraftStatus status);
}
