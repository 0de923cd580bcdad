package app.flashpoint.account;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.ANSI)
interface AccountRepository extends CrudRepository<AccountRow, Long> {
    Optional<AccountRow> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByRole(String role);

    /** Signed-up accounts for the admin page; guests are left out, they cannot sign in again anyway. */
    List<AccountRow> findByGuestOrderByUsername(boolean guest);

    List<AccountRow> findByIdIn(Collection<Long> ids);
}
