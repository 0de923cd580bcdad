package app.flashpoint.system;

import app.flashpoint.account.Roles;
import app.flashpoint.support.WebSession;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.MediaType;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import app.flashpoint.support.SharedApp;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every POST route the router knows, sent by a signed-in admin (so no role check answers first) without a
 * CSRF token and in the content type it takes, is refused with 403. A route added later is walked too.
 * The exceptions say why they need no token.
 */
@SharedApp
class CsrfOnEveryPostTest {
    private static final String PASSWORD = "correct horse battery";
    private static final Map<String, String> NEED_NO_TOKEN = Map.of(
            "/api/fsrs/schedule", "a pure computation: reads no cookie, writes nothing",
            "/api/fsrs/optimize", "a pure computation: reads no cookie, writes nothing",
            "/api/fsrs/simulate", "a pure computation: reads no cookie, writes nothing",
            "/api/fsrs/optimal-retention", "a pure computation: reads no cookie, writes nothing",
            "/api/items/{id}/check", "marks an answer and records nothing (the cookie only decides which decks are visible)",
            "/api/generate", "a pure computation: reads no cookie, writes nothing",
            "/setup/{token}", "the first admin's link: its secret token is checked first, then the CSRF token");

    @Inject
    EmbeddedServer server;
    @Inject
    Router router;
    @Inject
    Roles roles;

    @Test
    void noPostRouteAcceptsARequestWithoutItsToken() {
        var admin = new WebSession(URI.create(server.getURL() + "/"));
        String username = "csrf-admin-" + UUID.randomUUID().toString().substring(0, 8);
        admin.get("/signup");
        assertThat(admin.post("/signup", Map.of("username", username, "password", PASSWORD, "confirm", PASSWORD))
                .statusCode()).isEqualTo(303);
        roles.promote(admin.accountId(), Roles.ADMIN);
        var web = new WebSession(URI.create(server.getURL() + "/"));
        web.get("/login");
        assertThat(web.post("/login", Map.of("username", username, "password", PASSWORD)).statusCode()).isEqualTo(303);

        List<UriRouteInfo<?, ?>> posts = router.uriRoutes()
                .filter(r -> r.getHttpMethod() == HttpMethod.POST).toList();
        assertThat(posts).hasSizeGreaterThan(20);
        var accepted = new ArrayList<String>();
        for (UriRouteInfo<?, ?> route : posts) {
            String template = route.getUriMatchTemplate().toString();
            if (NEED_NO_TOKEN.containsKey(template)) {
                continue;
            }
            String path = fill(template);
            List<MediaType> consumes = route.getConsumes();
            HttpResponse<String> response;
            if (consumes.isEmpty() || consumes.contains(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
                response = web.postRaw(path, Map.of("name", "x", "title", "x"));
            } else if (consumes.contains(MediaType.APPLICATION_JSON_TYPE)) {
                response = web.postJson(path, "{}", null);
            } else {
                response = web.postBody(path, consumes.get(0).toString(), "x");
            }
            if (response.statusCode() != 403) {
                accepted.add(route.getUriMatchTemplate() + " -> " + response.statusCode());
            }
        }
        assertThat(accepted).as("POST routes that did not refuse a request without a CSRF token").isEmpty();
    }

    /** A path for the template: every variable becomes 1 (ids, codes and slugs alike). */
    private static String fill(String template) {
        return template.replaceAll("\\{[^}]*}", "1");
    }
}
