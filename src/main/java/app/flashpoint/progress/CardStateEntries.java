package app.flashpoint.progress;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
interface CardStateEntries extends CrudRepository<CardStateEntry, Long> {
    List<CardStateEntry> findByAccountId(long accountId);
}
