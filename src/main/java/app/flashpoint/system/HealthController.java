package app.flashpoint.system;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/** 200 when the app answers and its database takes a write (StorageProbe); 503 otherwise (for load balancers and Docker). */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/health")
@ExecuteOn(TaskExecutors.BLOCKING)
class HealthController {
    private final DataSource dataSource;
    private final DatabaseDescription database;
    private final StorageProbe storage;

    HealthController(DataSource dataSource, DatabaseDescription database, StorageProbe storage) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.database = database;
        this.storage = storage;
    }

    @Get
    HttpResponse<Health> health() {
        try (Connection connection = dataSource.getConnection();
             var statement = connection.createStatement()) {
            statement.executeQuery("SELECT 1").close();
            var problem = storage.problem();
            if (problem.isPresent()) {
                return HttpResponse.<Health>status(HttpStatus.SERVICE_UNAVAILABLE)
                        .body(new Health("DOWN", Map.of("database", problem.get())));
            }
            return HttpResponse.ok(new Health("UP", Map.of("database", database.kind())));
        } catch (SQLException e) {
            return HttpResponse.<Health>status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(new Health("DOWN", Map.of("database", e.getMessage())));
        }
    }

    @Serdeable
    record Health(String status, Map<String, String> details) {
    }
}
