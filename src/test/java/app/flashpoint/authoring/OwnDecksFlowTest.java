package app.flashpoint.authoring;

import app.flashpoint.account.Roles;
import app.flashpoint.support.FormReader;
import app.flashpoint.support.SharedApp;
import app.flashpoint.support.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.flashpoint.support.PageParts.hiddenFields;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A student's own decks through the real server: the deck a student imported opens in the authoring pages, its
 * cards change where it is studied, and it stays private; every other deck (another student's, an instructor's,
 * the bank's) is a 404 to the student's authoring requests, pages and actions alike, and changes nothing.
 */
@SharedApp
class OwnDecksFlowTest {
    private static final String PASSWORD = "correct horse battery";
    private static final String CSV = """
            What is the capital of France?,Paris
            Largest ocean?,Pacific
            """;

    @Inject
    EmbeddedServer server;
    @Inject
    Roles roles;

    @Test
    void aStudentEditsTheDeckTheyImportedAndItStaysTheirs() {
        WebSession student = signUp("own");
        assertThat(student.get("/").body()).as("no deck yet, no link").doesNotContain("data-testid=\"author-link\"");
        String slug = importCsv(student, "Capitals");

        // the deck page offers Edit, the header a link to "Your decks"
        String deckPage = student.get("/decks/" + slug).body();
        assertThat(deckPage).contains("data-testid=\"edit-deck\"").contains("href=\"/author/decks/" + slug + "\"")
                .contains("data-testid=\"author-link\"").contains(">Your decks<");
        HttpResponse<String> list = student.get("/author");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("data-deck=\"" + slug + "\"").doesNotContain("data-deck=\"luo-interview\"");

        // change the back of the France card in the item form
        String overview = student.get("/author/decks/" + slug).body();
        String item = itemWith(overview, "What is the capital of France?");
        HttpResponse<String> form = student.get("/author/decks/" + slug + "/items/" + item + "/edit");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("data-testid=\"no-sources\"");
        Map<String, String> fields = FormReader.fields(form.body(), "item-form");
        assertThat(fields).containsEntry("basicBack", "Paris");
        fields.put("basicBack", "Paris, on the Seine");
        HttpResponse<String> saved = student.post("/author/decks/" + slug + "/items/" + item, fields);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        assertThat(backWhenStudied(student, slug, item)).contains("Paris, on the Seine");

        // a new key point and a new card in it; the deck's title; a forged "public" leaves it private
        student.get("/author/decks/" + slug + "/key-points/new");
        assertThat(student.post("/author/decks/" + slug + "/key-points", Map.of("title", "Rivers " + suffix(),
                "summary", "Which river.", "family", "Extra", "importance", "3")).statusCode()).isEqualTo(303);
        student.get("/author/decks/" + slug + "/items/new");
        var card = new HashMap<String, String>(Map.of("id", slug + "-river", "type", "basic", "bloom", "remember",
                "status", "published", "basicFront", "Which river runs through Paris?", "basicBack", "The Seine",
                "keyPoint", firstKeyPoint(student.get("/author/decks/" + slug).body())));
        HttpResponse<String> created = student.post("/author/decks/" + slug + "/items", card);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        assertThat(student.getJson("/api/decks/" + slug + "/items").body()).contains("Which river runs through Paris?");

        HttpResponse<String> editDeck = student.get("/author/decks/" + slug + "/edit");
        assertThat(editDeck.body()).contains("data-testid=\"private-deck\"").doesNotContain("name=\"visibility\"");
        Map<String, String> deckFields = FormReader.fields(editDeck.body(), "deck-form");
        deckFields.put("title", "Capitals of Europe");
        deckFields.put("visibility", "public");
        assertThat(student.post("/author/decks/" + slug, deckFields).statusCode()).isEqualTo(303);
        assertThat(student.get("/decks/" + slug).body()).contains("Capitals of Europe");
        WebSession stranger = signUp("stranger");
        assertThat(stranger.get("/decks/" + slug).statusCode()).as("still private").isEqualTo(404);

        // a new empty deck of one's own: no slug asked, private, listed
        HttpResponse<String> newForm = student.get("/author/decks/new");
        assertThat(newForm.statusCode()).isEqualTo(200);
        assertThat(newForm.body()).doesNotContain("name=\"slug\"").doesNotContain("name=\"visibility\"");
        String title = "Verbs " + suffix();
        HttpResponse<String> made = student.post("/author/decks", Map.of("title", title, "visibility", "public"));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(303);
        String madeSlug = made.headers().firstValue("Location").orElseThrow().replace("/author/decks/", "");
        assertThat(madeSlug).startsWith("verbs-");
        assertThat(student.get("/author").body()).contains("data-deck=\"" + madeSlug + "\"");
        assertThat(stranger.get("/decks/" + madeSlug).statusCode()).isEqualTo(404);
    }

    @Test
    void aStudentMeetsA404OnEveryDeckNotTheirs() {
        WebSession student = signUp("nosy");
        importCsv(student, "Mine");
        WebSession classmate = signUp("classmate");
        String theirs = importCsv(classmate, "Theirs");
        String theirItem = itemWith(classmate.get("/author/decks/" + theirs).body(), "Largest ocean?");
        String theirKeyPoint = firstKeyPoint(classmate.get("/author/decks/" + theirs).body());

        WebSession teacher = instructor("teacher");
        String taught = "taught-" + suffix();
        teacher.get("/author/decks/new");
        assertThat(teacher.post("/author/decks", Map.of("slug", taught, "title", "Taught", "visibility", "public"))
                .statusCode()).isEqualTo(303);
        teacher.get("/author/decks/" + taught + "/key-points/new");
        assertThat(teacher.post("/author/decks/" + taught + "/key-points", Map.of("id", taught + "-kp",
                "title", "Taught point", "summary", "s", "family", "f", "importance", "3")).statusCode()).isEqualTo(303);

        record Foreign(String slug, String item, String keyPoint) {
        }
        var foreign = List.of(new Foreign(theirs, theirItem, theirKeyPoint),
                new Foreign(taught, taught + "-none", taught + "-kp"),
                new Foreign("luo-interview", "three-nos-cloze-war", "three-nos"));
        student.get("/author");
        for (Foreign f : foreign) {
            String base = "/author/decks/" + f.slug();
            for (String path : List.of(base, base + "/edit", base + "/items/new", base + "/items/" + f.item() + "/edit",
                    base + "/key-points/new", base + "/key-points/" + f.keyPoint() + "/edit", base + "/export",
                    base + "/export.zip", base + "/documents/new", base + "/drafts", base + "/drafts/1/edit")) {
                assertThat(student.get(path).statusCode()).as(path).isEqualTo(404);
            }
            student.get("/author");
            var posts = new ArrayList<Map.Entry<String, Map<String, String>>>();
            posts.add(Map.entry(base, Map.of("title", "Taken over", "visibility", "public")));
            posts.add(Map.entry(base + "/key-points", Map.of("title", "Mine now", "summary", "x", "family", "x",
                    "importance", "3")));
            posts.add(Map.entry(base + "/key-points/" + f.keyPoint(), Map.of("title", "Mine now", "summary", "x",
                    "family", "x", "importance", "3")));
            posts.add(Map.entry(base + "/items", Map.of("type", "basic", "bloom", "remember", "status", "published",
                    "keyPoint", f.keyPoint(), "basicFront", "Injected?", "basicBack", "Yes", "explanation", "x")));
            posts.add(Map.entry(base + "/items/" + f.item(), Map.of("type", "basic", "bloom", "remember",
                    "status", "published", "keyPoint", f.keyPoint(), "basicFront", "Rewritten?", "basicBack", "Yes")));
            posts.add(Map.entry(base + "/items/" + f.item() + "/status", Map.of("status", "retired")));
            posts.add(Map.entry(base + "/documents", Map.of("title", "Planted", "text", "Planted text. It is here.")));
            posts.add(Map.entry(base + "/drafts/1/reject", Map.of()));
            posts.add(Map.entry(base + "/drafts/1/approve", Map.of("keyPoint", "new", "bloom", "remember",
                    "explanation", "x")));
            for (var post : posts) {
                assertThat(student.post(post.getKey(), post.getValue()).statusCode()).as("POST " + post.getKey())
                        .isEqualTo(404);
            }
        }
        // nothing changed, nothing offered
        assertThat(classmate.get("/decks/" + theirs).body()).contains("Theirs").doesNotContain("Taken over");
        assertThat(classmate.getJson("/api/decks/" + theirs + "/items").body()).contains("Largest ocean?")
                .doesNotContain("Rewritten?").doesNotContain("Injected?");
        assertThat(teacher.get("/author/decks/" + taught).body()).doesNotContain("Mine now").doesNotContain("Injected?");
        assertThat(student.getJson("/api/decks/luo-interview/items").body()).contains("\"three-nos-cloze-war\"")
                .doesNotContain("Rewritten?");
        assertThat(student.get("/author").body()).doesNotContain("data-deck=\"" + theirs + "\"")
                .doesNotContain("data-deck=\"" + taught + "\"").doesNotContain("data-deck=\"luo-interview\"");
        assertThat(student.get("/decks/luo-interview").body()).doesNotContain("edit-deck");
        assertThat(student.get("/decks/" + taught).body()).doesNotContain("edit-deck");
        assertThat(student.get("/decks/luo-interview/items/three-nos-cloze-war").body()).doesNotContain("edit-item");
        // the instructor keeps the bank's decks, and the header still says "Authoring"
        assertThat(teacher.get("/author").body()).contains("data-deck=\"luo-interview\"").contains(">Authoring<")
                .doesNotContain("data-deck=\"" + theirs + "\"");
        assertThat(teacher.get("/decks/luo-interview").body()).contains("data-testid=\"edit-deck\"");
        assertThat(teacher.get("/author/decks/" + theirs).statusCode()).as("a student's deck is theirs").isEqualTo(404);
    }

    @Test
    void aGuestEditsTheDeckItImportedAsItImports() {
        var guest = new WebSession(URI.create(server.getURL() + "/"));
        guest.get("/");
        assertThat(guest.post("/guest", Map.of("next", "/")).statusCode()).isEqualTo(303);
        String slug = importCsv(guest, "Guest cards");
        assertThat(guest.get("/author/decks/" + slug).statusCode()).isEqualTo(200);
        assertThat(guest.get("/author/decks/luo-interview").statusCode()).isEqualTo(404);
        var anonymous = new WebSession(URI.create(server.getURL() + "/"));
        assertThat(anonymous.get("/author/decks/" + slug).statusCode()).isIn(302, 303, 401);
    }

    // ---- helpers ----

    private String importCsv(WebSession web, String title) {
        web.get("/import");
        HttpResponse<String> created = web.postFile("/api/decks/import?format=csv&title="
                + URLEncoder.encode(title, StandardCharsets.UTF_8), "text/csv", CSV.getBytes(StandardCharsets.UTF_8));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher slug = Pattern.compile("\"deck\":\"([^\"]+)\"").matcher(created.body());
        assertThat(slug.find()).isTrue();
        return slug.group(1);
    }

    /** The id of the item whose line on the authoring overview shows {@code prompt}. */
    private static String itemWith(String overview, String prompt) {
        Matcher m = Pattern.compile("data-item=\"([^\"]+)\"(?:(?!</li>).)*?" + Pattern.quote(prompt), Pattern.DOTALL)
                .matcher(overview);
        assertThat(m.find()).as("an item showing " + prompt).isTrue();
        return m.group(1);
    }

    private static String firstKeyPoint(String overview) {
        Matcher m = Pattern.compile("data-key-point=\"([^\"]+)\"").matcher(overview);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** The page study shows once the card's answer is revealed. */
    private static String backWhenStudied(WebSession web, String slug, String item) {
        HttpResponse<String> front = web.get("/study/" + slug + "?card=" + enc(item + "#0"));
        assertThat(front.statusCode()).isEqualTo(200);
        StringBuilder query = new StringBuilder();
        hiddenFields(front.body(), "reveal-form").forEach((k, v) ->
                query.append(query.length() == 0 ? "?" : "&").append(enc(k)).append('=').append(enc(v)));
        return web.get("/study/" + slug + query).body();
    }

    private WebSession signUp(String prefix) {
        return WebSession.signedUp(URI.create(server.getURL() + "/"), prefix + "-" + suffix(), PASSWORD);
    }

    private WebSession instructor(String prefix) {
        String username = prefix + "-" + suffix();
        WebSession web = WebSession.signedUp(URI.create(server.getURL() + "/"), username, PASSWORD);
        roles.promote(web.accountId(), Roles.INSTRUCTOR);
        return WebSession.signedIn(URI.create(server.getURL() + "/"), username, PASSWORD);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
