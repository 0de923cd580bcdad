package app.flashpoint.account;

import app.flashpoint.support.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first admin's one-time setup link, on an installation that has no admin yet: an empty SQLite file of its
 * own, whatever database the rest of the suite shares (where some test has long made an admin).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirstAdminSetupTest implements TestPropertyProvider {
    private static final String PASSWORD = "correct horse battery";

    @Inject
    EmbeddedServer server;
    @Inject
    FirstAdmin firstAdmin;
    @Inject
    AccountRepository accounts;

    @Override
    public Map<String, String> getProperties() {
        try {
            var dir = Files.createTempDirectory("flashpoint-first-admin");
            return Map.of("flashpoint.db.dialect", "sqlite", "flashpoint.db.user", "", "flashpoint.db.password", "",
                    "flashpoint.db.url", "jdbc:sqlite:" + dir.resolve("flashpoint.db") + "?foreign_keys=true");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSetupLinkCreatesTheFirstAdminOnce() {
        String token = firstAdmin.pendingToken().orElseThrow();
        WebSession web = new WebSession(URI.create(server.getURL() + "/"));
        assertThat(web.get("/setup/not-the-token").statusCode()).isEqualTo(410);
        web.get("/setup/" + token);
        HttpResponse<String> created = web.post("/setup/" + token,
                Map.of("username", "first-admin", "password", PASSWORD, "confirm", PASSWORD));
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(accounts.findByUsername("first-admin").orElseThrow().role()).isEqualTo(AccountRow.ADMIN);
        assertThat(new WebSession(URI.create(server.getURL() + "/")).get("/setup/" + token).statusCode())
                .isEqualTo(410);
    }
}
