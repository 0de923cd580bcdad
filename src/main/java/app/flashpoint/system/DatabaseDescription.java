package app.flashpoint.system;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import jakarta.inject.Singleton;

/** Which database the app uses, for the start-up line (with the location) and /health (kind only). */
@Singleton
public class DatabaseDescription {
    private final String url;

    DatabaseDescription(DatasourceConfiguration configuration) {
        this.url = configuration.getUrl();
    }

    public String kind() {
        return url.startsWith("jdbc:sqlite:") ? "sqlite" : url.startsWith("jdbc:postgresql:") ? "postgresql" : "other";
    }

    String location() {
        return DatabaseUrl.sqliteFile(url).map(file -> "SQLite " + file).orElseGet(() -> {
            int query = url.indexOf('?');
            return (kind().equals("postgresql") ? "PostgreSQL " : "") + (query < 0 ? url : url.substring(0, query));
        });
    }
}
