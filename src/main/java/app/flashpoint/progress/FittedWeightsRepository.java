package app.flashpoint.progress;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.ANSI)
interface FittedWeightsRepository extends CrudRepository<FittedWeightsRow, Long> {
    Optional<FittedWeightsRow> findByAccountId(long accountId);

    void deleteByAccountId(long accountId);
}
