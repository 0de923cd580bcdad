package app.flashpoint.system;

import app.flashpoint.support.WebSession;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.runtime.server.EmbeddedServer;
import app.flashpoint.support.SharedApp;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The "should fix" findings of the security review (issue 12), each through the real server. */
@SharedApp
class HardeningTest {
    private static final String PASSWORD = "correct horse battery";

    @Inject
    EmbeddedServer server;

    @Inject
    app.flashpoint.account.Roles roles;

    @Inject
    InstallationSecrets secrets;

    private WebSession session() {
        return new WebSession(URI.create(server.getURL() + "/"));
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        WebSession web = session();
        var page = web.get("/");
        var reader = web.get("/documents/luo-interview-north-korea.txt");
        var missing = web.get("/decks/no-such-deck");
        var api = web.getJson("/api/decks");
        var asset = web.get("/assets/app.js");
        web.post("/guest", Map.of());
        var signedIn = web.get("/progress");
        for (var response : List.of(page, reader, missing, api, asset, signedIn)) {
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(response.uri().getPath())
                    .hasValue(SecurityHeaders.POLICY);
            assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
            // FLASHPOINT_SECURE_COOKIES is off in tests: plain HTTP gets no HSTS
            assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
        }
        assertThat(reader.statusCode()).isEqualTo(200);
        assertThat(missing.statusCode()).isEqualTo(404);
        for (var html : List.of(page, reader, missing, signedIn)) {
            assertThat(html.headers().firstValue("Content-Type")).as(html.uri().getPath())
                    .hasValueSatisfying(type -> assertThat(type.replace(" ", "").toLowerCase())
                            .isEqualTo("text/html;charset=utf-8"));
        }
    }

    @Test
    void strictTransportSecurityOnlyWithSecureCookies() {
        MutableHttpResponse<?> https = HttpResponse.ok();
        new SecurityHeaders(true).addHeaders(https);
        assertThat(https.getHeaders().get("Strict-Transport-Security")).isEqualTo("max-age=31536000");
        MutableHttpResponse<?> http = HttpResponse.ok();
        new SecurityHeaders(false).addHeaders(http);
        assertThat(http.getHeaders().get("Strict-Transport-Security")).isNull();
    }

    @Test
    void unknownPathsAreNotFoundSignedInOrNot() {
        WebSession anonymous = session();
        WebSession guest = session();
        guest.get("/");
        guest.post("/guest", Map.of());
        for (WebSession web : List.of(anonymous, guest)) {
            var page = web.get("/no/such/page");
            assertThat(page.statusCode()).isEqualTo(404);
            assertThat(page.body()).contains("Nothing here");
            var api = web.getJson("/api/no-such-thing");
            assertThat(api.statusCode()).isEqualTo(404);
            assertThat(api.body()).contains("\"status\":404");
        }
        var icon = anonymous.getBytes("/favicon.ico");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValue("image/x-icon");
        assertThat(icon.body()).startsWith(0, 0, 1, 0);
        assertThat(anonymous.getBytes("/assets/favicon.svg").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/").body()).contains("<link rel=\"icon\" href=\"/assets/favicon.svg\"");
    }

    @Test
    void wrongMethodIs405AndWrongContentTypeIs415() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var wrongMethod = client.send(java.net.http.HttpRequest.newBuilder(URI.create(server.getURL() + "/api/decks"))
                .header("Accept", "application/json").DELETE().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.body()).contains("\"status\":405");
        var wrongType = client.send(java.net.http.HttpRequest.newBuilder(URI.create(server.getURL() + "/api/fsrs/schedule"))
                .header("Accept", "application/json").header("Content-Type", "application/xml")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("<x/>")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertThat(wrongType.body()).contains("\"status\":415");
        WebSession web = session();
        web.get("/login");
        assertThat(web.get("/logout").statusCode()).isEqualTo(405);
        var jsonLogin = web.postJson("/login", "{}", null);
        assertThat(jsonLogin.statusCode()).isEqualTo(415);
        assertThat(jsonLogin.body()).contains("\"status\":415");
    }

    @Test
    void namesWithControlOrDirectionCharactersAreRefused() {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 6);
        for (String name : List.of("ab\u0000c" + suffix, "ad\u202Emin" + suffix, "ab\u2066c" + suffix, "ab\u001Bc" + suffix)) {
            WebSession web = session();
            web.get("/signup");
            var refused = web.post("/signup", Map.of("username", name, "password", PASSWORD, "confirm", PASSWORD));
            assertThat(refused.statusCode()).as(name).isEqualTo(422);
            assertThat(refused.body()).contains("no control characters or text-direction marks");
        }
        WebSession teacher = session();
        teacher.get("/signup");
        assertThat(teacher.post("/signup", Map.of("username", "teach" + suffix, "password", PASSWORD, "confirm", PASSWORD))
                .statusCode()).isEqualTo(303);
        roles.promote(teacher.accountId(), app.flashpoint.account.Roles.INSTRUCTOR);
        teacher.forget("JWT");
        teacher.get("/login");
        teacher.post("/login", Map.of("username", "teach" + suffix, "password", PASSWORD));
        teacher.get("/classes/new");
        var badClass = teacher.post("/classes", Map.of("name", "Seminar \u202Egnp.exe", "deck", "luo-interview"));
        assertThat(badClass.statusCode()).isEqualTo(422);
        assertThat(badClass.body()).contains("no control characters or text-direction marks");
        assertThat(teacher.post("/classes", Map.of("name", "Seminar A", "deck", "luo-interview")).statusCode()).isEqualTo(303);
    }

    @Test
    void healthMakesARealWriteProbe() {
        var health = session().getJson("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void commonPasswordsAreRefusedAtSignUpAndOnChange() {
        String username = "common" + java.util.UUID.randomUUID().toString().substring(0, 6);
        WebSession web = session();
        web.get("/signup");
        for (String common : List.of("password123", "qwertyuiop", "1234567890", "iloveyou12")) {
            var refused = web.post("/signup", Map.of("username", username, "password", common, "confirm", common));
            assertThat(refused.statusCode()).as(common).isEqualTo(422);
            assertThat(refused.body()).contains("too common or too easy to guess");
        }
        assertThat(web.post("/signup", Map.of("username", username, "password", PASSWORD, "confirm", PASSWORD))
                .statusCode()).isEqualTo(303);
        web.get("/account");
        var change = web.post("/account/password",
                Map.of("current", PASSWORD, "password", "password123", "confirm", "password123"));
        assertThat(change.statusCode()).isEqualTo(422);
        assertThat(change.body()).contains("too common or too easy to guess");
    }

    /** Tokens forged with the installation's own secret: only HS256 with exp and the app's iss is accepted. */
    @Test
    void onlyHs256TokensWithExpiryAndOurIssuerAreAccepted() throws Exception {
        WebSession web = session();
        web.get("/");
        web.post("/guest", Map.of());
        String next = "/api/study/luo-interview/next";
        assertThat(web.getJson(next).statusCode()).isEqualTo(200);
        var claims = com.nimbusds.jwt.SignedJWT.parse(web.cookie("JWT").orElseThrow().getValue()).getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("flashpoint");
        byte[] key = secrets.jwt().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var later = new java.util.Date(System.currentTimeMillis() + 3_600_000);

        var accepted = Map.of("HS256, re-signed", sign(com.nimbusds.jose.JWSAlgorithm.HS256, key,
                new com.nimbusds.jwt.JWTClaimsSet.Builder(claims).expirationTime(later).build()));
        var refused = Map.of(
                "alg none", new com.nimbusds.jwt.PlainJWT(claims).serialize(),
                "HS512", sign(com.nimbusds.jose.JWSAlgorithm.HS512, key, claims),
                "no exp", sign(com.nimbusds.jose.JWSAlgorithm.HS256, key,
                        new com.nimbusds.jwt.JWTClaimsSet.Builder(claims).expirationTime(null).build()),
                "wrong iss", sign(com.nimbusds.jose.JWSAlgorithm.HS256, key,
                        new com.nimbusds.jwt.JWTClaimsSet.Builder(claims).issuer("elsewhere").build()),
                "no iss", sign(com.nimbusds.jose.JWSAlgorithm.HS256, key,
                        new com.nimbusds.jwt.JWTClaimsSet.Builder(claims).issuer(null).build()));
        for (var forged : refused.entrySet()) {
            web.forget("JWT");
            web.setCookie("JWT", forged.getValue());
            assertThat(web.getJson(next).statusCode()).as(forged.getKey()).isEqualTo(401);
        }
        for (var fine : accepted.entrySet()) {
            web.forget("JWT");
            web.setCookie("JWT", fine.getValue());
            assertThat(web.getJson(next).statusCode()).as(fine.getKey()).isEqualTo(200);
        }
    }

    private static String sign(com.nimbusds.jose.JWSAlgorithm alg, byte[] key, com.nimbusds.jwt.JWTClaimsSet claims)
            throws Exception {
        var jwt = new com.nimbusds.jwt.SignedJWT(new com.nimbusds.jose.JWSHeader(alg), claims);
        jwt.sign(new com.nimbusds.jose.crypto.MACSigner(key));
        return jwt.serialize();
    }

    /** The policy allows no inline script or style: the views must not need any. */
    @Test
    void noViewHasInlineScriptHandlersOrStyles() throws IOException {
        Pattern inline = Pattern.compile("<script(?![^>]*\\b(src=|type=\"application/json\"))[^>]*>"
                + "|\\son[a-z]+\\s*=|\\s(th:)?style\\s*=|<style\\b|javascript:", Pattern.CASE_INSENSITIVE);
        try (Stream<Path> views = Files.walk(Path.of("src/main/resources/views"))) {
            List<String> found = views.filter(p -> p.toString().endsWith(".html")).flatMap(p -> {
                try {
                    var m = inline.matcher(Files.readString(p));
                    return m.results().map(r -> p + ": " + r.group());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(found).isEmpty();
        }
    }
}
