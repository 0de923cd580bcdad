package app.flashpoint.system;

import app.flashpoint.support.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import app.flashpoint.support.SharedApp;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session cookie stays checked on every request once it has been seen: the same token keeps working,
 * and a token changed after that (claims or signature) is refused.
 */
@SharedApp
class SessionTokenValidatorTest {
    private static final String NEXT = "/api/study/luo-interview/next";

    @Inject
    EmbeddedServer server;

    @Test
    void aSeenTokenKeepsWorkingAndAChangedOneIsRefused() {
        WebSession web = new WebSession(URI.create(server.getURL() + "/"));
        web.get("/");
        assertThat(web.post("/guest", Map.of()).statusCode()).isEqualTo(303);
        String token = web.cookie("JWT").orElseThrow().getValue();
        for (int i = 0; i < 3; i++) {
            assertThat(web.getJson(NEXT).statusCode()).isEqualTo(200);
        }
        String[] parts = token.split("\\.");
        // another subject under the same signature, and the same claims under a changed signature
        String otherClaims = parts[0] + "." + flip(parts[1]) + "." + parts[2];
        String otherSignature = parts[0] + "." + parts[1] + "." + flip(parts[2]);
        for (String forged : new String[] {otherClaims, otherSignature, parts[0] + "." + parts[1] + "."}) {
            web.forget("JWT");
            web.setCookie("JWT", forged);
            assertThat(web.getJson(NEXT).statusCode()).as(forged).isEqualTo(401);
        }
        web.forget("JWT");
        web.setCookie("JWT", token);
        assertThat(web.getJson(NEXT).statusCode()).isEqualTo(200);
    }

    /** Changes the part's second character, which always changes the bytes it encodes. */
    private static String flip(String part) {
        char c = part.charAt(1);
        return part.charAt(0) + String.valueOf(c == 'A' ? 'B' : 'A') + part.substring(2);
    }
}
