package app.flashpoint.authoring;

import app.flashpoint.account.Roles;
import app.flashpoint.support.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import app.flashpoint.support.SharedApp;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms bound to validated records (issue 13) answer as the hand-checked ones did: the same status, the same
 * messages in the same order, the values as typed; a checkbox sent twice binds both values.
 */
@SharedApp
class ValidatedFormsTest {
    private static final String PASSWORD = "correct horse battery";

    @Inject
    EmbeddedServer server;
    @Inject
    Roles roles;

    @Test
    void theDeckFormListsItsProblemsInFieldOrderAndKeepsWhatWasTyped() {
        WebSession teacher = instructor();
        String slug = "forms-" + suffix();
        teacher.get("/author/decks/new");
        HttpResponse<String> bad = teacher.post("/author/decks", Map.of("slug", slug, "title", "   ",
                "description", "x".repeat(4001)));
        assertThat(bad.statusCode()).isEqualTo(422);
        String body = bad.body();
        assertThat(body).contains("Give the deck a title of up to 120 characters.")
                .contains("Keep the description under 4000 characters.").contains("value=\"" + slug + "\"");
        assertThat(body.indexOf("Give the deck a title")).isLessThan(body.indexOf("Keep the description"));
        assertThat(body.split("Give the deck a title", -1)).as("one message for a blank title").hasSize(2);

        teacher.get("/author/decks/new");
        HttpResponse<String> tooLong = teacher.post("/author/decks", Map.of("slug", slug, "title", "t".repeat(121)));
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body()).contains("Give the deck a title of up to 120 characters.");
    }

    @Test
    void twoTickedDocumentsAreBothRead() {
        WebSession teacher = instructor();
        teacher.get("/author/decks/new");
        String body = "slug=forms-" + suffix() + "&title=Two&documents=no-such-a.txt&documents=no-such-b.txt"
                + "&csrfToken=" + URLEncoder.encode(teacher.csrfToken(), StandardCharsets.UTF_8);
        HttpResponse<String> refused = teacher.postBody("/author/decks", "application/x-www-form-urlencoded", body);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("There is no document named &#39;no-such-a.txt&#39;.")
                .contains("There is no document named &#39;no-such-b.txt&#39;.");
    }

    @Test
    void theKeyPointFormNamesEachMissingField() {
        WebSession teacher = instructor();
        String slug = "forms-" + suffix();
        teacher.get("/author/decks/new");
        assertThat(teacher.post("/author/decks", Map.of("slug", slug, "title", "Deck")).statusCode()).isEqualTo(303);
        teacher.get("/author/decks/" + slug + "/key-points/new");
        HttpResponse<String> bad = teacher.post("/author/decks/" + slug + "/key-points",
                Map.of("title", "Kept", "summary", " ", "importance", "6"));
        assertThat(bad.statusCode()).isEqualTo(422);
        String page = bad.body();
        assertThat(page).doesNotContain("Fill in the title").contains("value=\"Kept\"");
        assertThat(page.indexOf("Fill in the summary (up to 4000 characters)."))
                .isPositive().isLessThan(page.indexOf("Fill in the family (up to 4000 characters)."));
        assertThat(page.indexOf("Fill in the family")).isLessThan(
                page.indexOf("Importance is a whole number from 1 (detail) to 5 (central)."));
    }

    @Test
    void aPastedDocumentNeedsATitle() {
        WebSession teacher = instructor();
        String slug = "forms-" + suffix();
        teacher.get("/author/decks/new");
        assertThat(teacher.post("/author/decks", Map.of("slug", slug, "title", "Deck")).statusCode()).isEqualTo(303);
        teacher.get("/author/decks/" + slug + "/documents/new");
        HttpResponse<String> bad = teacher.post("/author/decks/" + slug + "/documents",
                Map.of("title", " ", "text", "Some text worth drafting."));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("Give the document a title of up to 120 characters.")
                .contains("Some text worth drafting.");
    }

    @Test
    void aClassNameIsCheckedLessItsEnds() {
        WebSession teacher = instructor();
        teacher.get("/classes/new");
        HttpResponse<String> tooLong = teacher.post("/classes", Map.of("name", "n".repeat(81), "deck", "x"));
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body()).contains("Give the class a name of up to 80 characters.");
        teacher.get("/classes/new");
        // 80 characters and a space: the name is fine, so the next check speaks
        HttpResponse<String> padded = teacher.post("/classes", Map.of("name", "n".repeat(80) + " ", "deck", "x"));
        assertThat(padded.statusCode()).isEqualTo(422);
        assertThat(padded.body()).contains("Choose one of the decks.").doesNotContain("name of up to");
    }

    private WebSession instructor() {
        String username = "forms-" + suffix();
        var web = new WebSession(URI.create(server.getURL() + "/"));
        web.get("/signup");
        assertThat(web.post("/signup", Map.of("username", username, "password", PASSWORD, "confirm", PASSWORD))
                .statusCode()).isEqualTo(303);
        roles.promote(web.accountId(), Roles.INSTRUCTOR);
        var signedIn = new WebSession(URI.create(server.getURL() + "/"));
        signedIn.get("/login");
        assertThat(signedIn.post("/login", Map.of("username", username, "password", PASSWORD)).statusCode())
                .isEqualTo(303);
        return signedIn;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
