package app.flashpoint.authoring;

import app.flashpoint.support.Viewers;
import app.flashpoint.account.Roles;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.Bank;
import app.flashpoint.core.bank.BankReader;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.deck.DeckCatalog;
import app.flashpoint.deck.DocumentRepository;
import app.flashpoint.support.FormReader;
import app.flashpoint.support.WebSession;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import app.flashpoint.support.SharedApp;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;

import static app.flashpoint.support.PageParts.hiddenFields;
import static app.flashpoint.support.PageParts.shownCard;
import static org.assertj.core.api.Assertions.assertThat;

/** Authoring through the embedded server: instructors, another instructor, students and a learner. */
@SharedApp
class AuthoringFlowTest {
    static final String DOC = "luo-interview-north-korea.txt";
    static final String QUOTE_TALKS = "I think this forum could be something built upon the Six-Party Talks.";
    static final String QUOTE_RESULTS = "the Six-Party Talks mechanism has been the mechanism that proved capable of producing some viable results";
    private static final String PASSWORD = "correct horse battery";

    @Inject
    EmbeddedServer server;
    @Inject
    Roles roles;
    @Inject
    DataSource dataSource;
    @Inject
    DeckCatalog catalog;
    @Inject
    DocumentRepository documents;

    @TempDir
    Path tmp;

    @Test
    void anInstructorBuildsADeckAndEditsKeepIdsAndProgress() throws SQLException {
        User teacher = instructor("author");
        String slug = "course-" + suffix();
        createDeck(teacher, slug, DOC);
        String kp = slug + "-talks";
        assertThat(teacher.web.get("/author/decks/" + slug + "/key-points/new").statusCode()).isEqualTo(200);
        assertThat(teacher.web.post("/author/decks/" + slug + "/key-points", Map.of("id", kp,
                "title", "The Six-Party Talks", "summary", "A forum to build upon.", "family", "Mechanisms",
                "importance", "4")).statusCode()).isEqualTo(303);

        // with nothing published yet, learners' home page does not list the deck
        var learner = guest();
        assertThat(learner.web.get("/").body()).doesNotContain("/decks/" + slug + "\"");

        // a basic item, published; a learner studies it
        String basic = kp + "-basic";
        assertThat(saveItem(teacher, slug, null, item(basic, kp, "basic", "published",
                Map.of("basicFront", "Which forum could a new mechanism build upon?", "basicBack", "The Six-Party Talks"),
                QUOTE_TALKS)).statusCode()).isEqualTo(303);
        assertThat(learner.web.get("/").body()).contains("/decks/" + slug + "\"");
        // its page offers the owner an Edit link, and another instructor (who could not use it) none
        assertThat(teacher.web.get("/decks/" + slug + "/items/" + basic).body()).contains("data-testid=\"edit-item\"");
        assertThat(instructor("peer").web.get("/decks/" + slug + "/items/" + basic).body()).doesNotContain("edit-item");
        String card = shownCard(learner.web.get("/study/" + slug));
        assertThat(card).startsWith(basic);
        answer(learner, slug, card);
        long cardStates = count("SELECT COUNT(*) FROM card_state WHERE item_id = ?", basic);
        long reviews = count("SELECT COUNT(*) FROM review_log WHERE item_id = ?", basic);
        assertThat(cardStates).isEqualTo(1);
        assertThat(reviews).isEqualTo(1);

        // the edit form opens with the item's values; saving a change keeps the id and the learner's progress
        HttpResponse<String> editPage = teacher.web.get("/author/decks/" + slug + "/items/" + basic + "/edit");
        assertThat(editPage.statusCode()).isEqualTo(200);
        Map<String, String> fields = FormReader.fields(editPage.body(), "item-form");
        assertThat(fields).containsEntry("basicBack", "The Six-Party Talks").containsEntry("quote1", QUOTE_TALKS);
        fields.put("basicBack", "The Six-Party Talks (2003–2009)");
        assertThat(teacher.web.post("/author/decks/" + slug + "/items/" + basic, fields).statusCode()).isEqualTo(303);
        assertThat(catalog.item(slug, basic, Viewers.ADMIN).orElseThrow().content().toMap()).containsEntry("back",
                "The Six-Party Talks (2003–2009)");
        assertThat(count("SELECT COUNT(*) FROM card_state WHERE item_id = ?", basic)).isEqualTo(cardStates);
        assertThat(count("SELECT COUNT(*) FROM review_log WHERE item_id = ?", basic)).isEqualTo(reviews);
        assertThat(count("SELECT COUNT(*) FROM item WHERE id = ?", basic)).isEqualTo(1);

        // items of several more kinds
        assertThat(saveItem(teacher, slug, null, item(kp + "-cloze", kp, "cloze", "published",
                Map.of("clozeText", "A new forum could build upon the {{c1::Six-Party Talks}}."), QUOTE_TALKS))
                .statusCode()).isEqualTo(303);
        assertThat(saveItem(teacher, slug, null, item(kp + "-mc", kp, "multiple_choice", "published",
                Map.of("mcQuestion", "What did the Six-Party Talks prove capable of?", "mcAnswer", "Some viable results",
                        "mcD1", "Complete denuclearization", "mcW1", "Not claimed.",
                        "mcD2", "Nothing at all", "mcW2", "She says the opposite."), QUOTE_RESULTS)).statusCode())
                .isEqualTo(303);
        assertThat(saveItem(teacher, slug, null, item(kp + "-tf", kp, "true_false", "published",
                Map.of("tfStatement", "Luo says the Six-Party Talks produced some viable results.", "tfAnswer", "true"),
                QUOTE_RESULTS)).statusCode()).isEqualTo(303);
        assertThat(saveItem(teacher, slug, null, item(kp + "-match", kp, "matching", "published",
                Map.of("matPrompt", "Match", "matL1", "Forum", "matR1", "Six-Party Talks", "matL2", "Outcome",
                        "matR2", "Viable results"), QUOTE_RESULTS)).statusCode()).isEqualTo(303);
        assertThat(catalog.item(slug, kp + "-tf", Viewers.ADMIN).orElseThrow().content().toMap()).containsEntry("answer", true);
        // the overview shows the cloze as it reads, not its markup
        assertThat(teacher.web.get("/author/decks/" + slug).body())
                .contains("A new forum could build upon the Six-Party Talks.").doesNotContain("{{c1::");
        assertThat(catalog.item(slug, kp + "-match", Viewers.ADMIN).orElseThrow().sources().get(0).quote()).isEqualTo(QUOTE_RESULTS);

        // a quote that is not in the document: the form comes back with the loader's message and everything typed
        String typed = "A question whose quote is invented";
        HttpResponse<String> bad = saveItem(teacher, slug, null, item(kp + "-bad", kp, "short_answer", "published",
                Map.of("saQuestion", typed, "saAnswers", "first\nsecond"), "Luo never said these words."));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("quote not found in " + DOC).contains(typed)
                .contains("Luo never said these words.").contains("first\nsecond");
        assertThat(teacher.web.get("/author/decks/" + slug + "/items/" + kp + "-bad/edit").statusCode()).isEqualTo(404);

        // a draft item: the author sees it, students never do
        String draft = kp + "-draft";
        assertThat(saveItem(teacher, slug, null, item(draft, kp, "basic", "draft",
                Map.of("basicFront", "Unfinished?", "basicBack", "Yes"), QUOTE_TALKS)).statusCode()).isEqualTo(303);
        assertThat(teacher.web.get("/author/decks/" + slug).body()).contains("data-item=\"" + draft + "\"");
        assertHidden(learner, slug, draft);
        // the learner's study queue goes through every other card and never shows the draft
        var studied = new java.util.ArrayList<String>();
        for (int i = 0; i < 12; i++) {
            Matcher shown = Pattern.compile("data-card=\"([^\"]+)\"").matcher(learner.web.get("/study/" + slug).body());
            if (!shown.find()) {
                break;
            }
            studied.add(shown.group(1));
            answer(learner, slug, shown.group(1));
        }
        assertThat(studied).isNotEmpty().noneMatch(c -> c.startsWith(draft));
        // and a published one taken back to draft disappears the same way
        teacher.web.get("/author/decks/" + slug);
        assertThat(teacher.web.post("/author/decks/" + slug + "/items/" + kp + "-match/status",
                Map.of("status", "draft")).statusCode()).isEqualTo(303);
        assertHidden(learner, slug, kp + "-match");
        assertThat(learner.web.getJson("/api/decks/" + slug + "/items").body()).contains("\"" + basic + "\"");
    }

    @Test
    void studentsAnotherInstructorAndMissingTokensAreRefused() {
        User owner = instructor("owner");
        User other = instructor("other");
        User student = signUp("student");
        String slug = "owned-" + suffix();
        createDeck(owner, slug, DOC);

        // a student edits only decks of their own (OwnDecksFlowTest): an instructor's and the bank's are missing
        for (String path : new String[]{"/author/decks/" + slug, "/author/decks/luo-interview",
                "/author/decks/" + slug + "/export.zip", "/author/decks/luo-interview/items/new",
                "/author/decks/" + slug + "/drafts"}) {
            assertThat(student.web.get(path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(student.web.get("/author").body()).doesNotContain("data-deck=\"" + slug + "\"")
                .doesNotContain("data-deck=\"luo-interview\"");
        assertThat(student.web.get("/decks/luo-interview/items/three-nos-cloze-war").body()).doesNotContain("edit-item");

        // another instructor: the owned deck is a 404 everywhere; bank decks are open to every instructor
        for (String path : new String[]{"/author/decks/" + slug, "/author/decks/" + slug + "/edit",
                "/author/decks/" + slug + "/export.zip", "/author/decks/" + slug + "/items/new",
                "/author/decks/" + slug + "/documents/new", "/author/decks/" + slug + "/drafts"}) {
            assertThat(other.web.get(path).statusCode()).as(path).isEqualTo(404);
        }
        other.web.get("/author");
        assertThat(other.web.post("/author/decks/" + slug + "/key-points", Map.of("title", "x", "summary", "x",
                "family", "x", "importance", "3")).statusCode()).isEqualTo(404);
        assertThat(other.web.post("/author/decks/" + slug, Map.of("title", "Taken over")).statusCode()).isEqualTo(404);
        assertThat(other.web.get("/author").body()).doesNotContain("data-deck=\"" + slug + "\"")
                .contains("data-deck=\"luo-interview\"");
        assertThat(other.web.get("/author/decks/luo-interview").statusCode()).isEqualTo(200);
        HttpResponse<String> itemPage = other.web.get("/decks/luo-interview/items/three-nos-cloze-war");
        assertThat(itemPage.body()).contains("href=\"/author/decks/luo-interview/items/three-nos-cloze-war/edit\"");

        // no CSRF token: 403 and nothing written
        owner.web.get("/author/decks/" + slug);
        assertThat(owner.web.postRaw("/author/decks/" + slug + "/key-points", Map.of("id", slug + "-kp",
                "title", "x", "summary", "x", "family", "x", "importance", "3")).statusCode()).isEqualTo(403);
        assertThat(owner.web.postRaw("/author/decks", Map.of("slug", slug + "-2", "title", "No token")).statusCode())
                .isEqualTo(403);
        assertThat(owner.web.get("/author/decks/" + slug + "-2").statusCode()).isEqualTo(404);
        assertThat(owner.web.get("/author/decks/" + slug).body()).doesNotContain("data-key-point=\"" + slug + "-kp\"");

        // bad deck input comes back with the form
        owner.web.get("/author/decks/new");
        HttpResponse<String> taken = owner.web.post("/author/decks", Map.of("slug", slug, "title", "Again"));
        assertThat(taken.statusCode()).isEqualTo(422);
        assertThat(taken.body()).contains("exists already").contains("value=\"Again\"");
        HttpResponse<String> unknown = owner.web.post("/author/decks", Map.of("slug", slug + "-3", "title", "Docs",
                "documents", "no-such-document.txt"));
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("There is no document named &#39;no-such-document.txt&#39;.");
    }

    @Test
    void aBrowserDocumentIsReadOnlyThroughItsDeck() {
        User owner = instructor("private-owner");
        User other = instructor("private-other");
        User student = signUp("private-student");
        var anonymous = new WebSession(URI.create(server.getURL() + "/"));
        String slug = "private-" + suffix();
        createDeck(owner, slug, DOC, null); // no choice made: private
        assertThat(owner.web.get("/author/decks/" + slug).body()).contains("private: only you");

        owner.web.get("/author/decks/" + slug + "/documents/new");
        String secret = "Exam answers " + suffix();
        assertThat(owner.web.post("/author/decks/" + slug + "/documents", Map.of("title", secret,
                "text", "The secret answer is forty-two. It is written here and nowhere else.")).statusCode())
                .isEqualTo(303);
        String name = documents.findAll().stream().filter(d -> secret.equals(d.title())).findFirst().orElseThrow()
                .name();
        String kp = slug + "-kp";
        owner.web.get("/author/decks/" + slug + "/key-points/new");
        owner.web.post("/author/decks/" + slug + "/key-points", Map.of("id", kp, "title", "Talks",
                "summary", "A forum.", "family", "Mechanisms", "importance", "3"));
        String item = kp + "-basic";
        assertThat(saveItem(owner, slug, null, item(item, kp, "basic", "published",
                Map.of("basicFront", "Which forum?", "basicBack", "The Six-Party Talks"), QUOTE_TALKS))
                .statusCode()).isEqualTo(303);

        // its author reads it all
        assertThat(owner.web.get("/documents/" + name).statusCode()).isEqualTo(200);
        assertThat(new String(owner.web.getBytes("/api/documents/" + name).body(), StandardCharsets.UTF_8))
                .contains("forty-two");
        assertThat(owner.web.get("/documents/" + DOC).body()).contains("/decks/" + slug + "/items/" + item);

        // everyone else: the document and the deck are missing, the interview's citations leave it out
        for (WebSession outsider : new WebSession[]{other.web, student.web, anonymous}) {
            for (String path : new String[]{"/documents/" + name, "/decks/" + slug,
                    "/decks/" + slug + "/items/" + item, "/decks/" + slug + "/key-points/" + kp, "/study/" + slug}) {
                assertThat(outsider.get(path).statusCode()).as(path).isEqualTo(404);
            }
            for (String path : new String[]{"/api/decks/" + slug, "/api/decks/" + slug + "/items"}) {
                assertThat(outsider.getJson(path).statusCode()).as(path).isEqualTo(404);
            }
            assertThat(outsider.getBytes("/api/documents/" + name).statusCode()).isEqualTo(404);
            assertThat(outsider.getJson("/api/decks").body()).doesNotContain(slug);
            assertThat(outsider.get("/").body()).doesNotContain("/decks/" + slug + "\"");
            assertThat(outsider.get("/documents/" + DOC).body()).doesNotContain(slug);
        }
        for (String path : new String[]{"/decks/" + slug + "/self-test/new", "/decks/" + slug + "/cram/new",
                "/study/" + slug + "/settings"}) {
            assertThat(student.web.get(path).statusCode()).as(path).isEqualTo(404);
        }
        // another instructor can neither pick it for a deck of theirs, nor see it offered, nor set a class on it
        HttpResponse<String> form = other.web.get("/author/decks/new");
        assertThat(form.body()).doesNotContain(name).contains(DOC);
        HttpResponse<String> attach = other.web.post("/author/decks", Map.of("slug", "thief-" + suffix(),
                "title", "Thief", "documents", name));
        assertThat(attach.statusCode()).isEqualTo(422);
        assertThat(attach.body()).contains("There is no document named");
        assertThat(other.web.get("/classes/new").body()).doesNotContain("value=\"" + slug + "\"");
        assertThat(other.web.post("/classes", Map.of("name", "Stolen", "deck", slug)).statusCode()).isEqualTo(422);

        // a class on the deck opens it, and its document, to the class's students
        owner.web.get("/classes/new");
        HttpResponse<String> created = owner.web.post("/classes", Map.of("name", "Private seminar", "deck", slug));
        assertThat(created.statusCode()).isEqualTo(303);
        Matcher code = Pattern.compile("data-testid=\"join-code\">([^<]+)<")
                .matcher(owner.web.get(location(created)).body());
        assertThat(code.find()).isTrue();
        student.web.get("/join/" + code.group(1));
        assertThat(student.web.post("/join/" + code.group(1), Map.of()).statusCode()).isEqualTo(303);
        for (String path : new String[]{"/documents/" + name, "/decks/" + slug, "/study/" + slug,
                "/decks/" + slug + "/self-test/new"}) {
            assertThat(student.web.get(path).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(new String(student.web.getBytes("/api/documents/" + name).body(), StandardCharsets.UTF_8))
                .contains("forty-two");
        assertThat(other.web.get("/documents/" + name).statusCode()).isEqualTo(404);

        // made public, it is everyone's
        HttpResponse<String> edit = owner.web.get("/author/decks/" + slug + "/edit");
        Map<String, String> fields = FormReader.fields(edit.body(), "deck-form");
        fields.put("visibility", "public");
        fields.put("documents", DOC);
        assertThat(owner.web.post("/author/decks/" + slug, fields).statusCode()).isEqualTo(303);
        assertThat(anonymous.get("/documents/" + name).statusCode()).isEqualTo(200);
        assertThat(anonymous.getJson("/api/decks").body()).contains(slug);
        assertThat(other.web.get("/author/decks/new").body()).as("still not theirs to attach").doesNotContain(name);
    }

    @Test
    void aPastedDocumentsDraftsAreApprovedEditedAndRejected() throws IOException {
        User teacher = instructor("drafter");
        String slug = "drafts-" + suffix();
        createDeck(teacher, slug, null);
        String excerpt = Files.readString(Path.of("seeds", DOC)).substring(0, 9000);
        // the form opens empty: its title field once showed the layout's <title> element
        assertThat(FormReader.fields(teacher.web.get("/author/decks/" + slug + "/documents/new").body(),
                "paste-form").getOrDefault("title", "")).isEmpty();
        String title = "Luo excerpt " + suffix();
        HttpResponse<String> pasted = teacher.web.post("/author/decks/" + slug + "/documents",
                Map.of("title", title, "text", excerpt));
        assertThat(pasted.statusCode()).isEqualTo(303);
        assertThat(location(pasted)).isEqualTo("/author/decks/" + slug + "/drafts");

        HttpResponse<String> queue = teacher.web.get("/author/decks/" + slug + "/drafts");
        var ids = draftIds(queue.body());
        assertThat(ids).hasSizeGreaterThanOrEqualTo(4);
        assertThat(queue.body()).contains("<mark>");

        var student = signUp("pupil");
        assertThat(student.web.getJson("/api/decks/" + slug + "/items").body()).isEqualTo("[]");

        // approve the first into a new key point
        String first = ids.get(0);
        assertThat(teacher.web.post("/author/decks/" + slug + "/drafts/" + first + "/approve",
                Map.of("keyPoint", "new", "bloom", "understand", "explanation", "Luo says so."))
                .statusCode()).isEqualTo(303);
        String api = student.web.getJson("/api/decks/" + slug + "/items").body();
        assertThat(api).contains("\"explanation\":\"Luo says so.\"").contains("\"bloom\":\"understand\"");

        // approving without an explanation is refused at that draft, which stays waiting
        String second = ids.get(1);
        teacher.web.get("/author/decks/" + slug + "/drafts");
        HttpResponse<String> refused = teacher.web.post("/author/decks/" + slug + "/drafts/" + second + "/approve",
                Map.of("keyPoint", "new", "bloom", "remember", "explanation", ""));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("missing explanation");
        assertThat(draftIds(teacher.web.get("/author/decks/" + slug + "/drafts").body())).contains(second)
                .doesNotContain(first);

        // reject the third
        String third = ids.get(2);
        assertThat(teacher.web.post("/author/decks/" + slug + "/drafts/" + third + "/reject", Map.of()).statusCode())
                .isEqualTo(303);
        assertThat(draftIds(teacher.web.get("/author/decks/" + slug + "/drafts").body())).doesNotContain(third);
        assertThat(teacher.web.post("/author/decks/" + slug + "/drafts/" + third + "/reject", Map.of()).statusCode())
                .as("a decided draft is no longer in the queue").isEqualTo(404);

        // edit the fourth in the item form, then save: it becomes an item and leaves the queue
        String fourth = ids.get(3);
        HttpResponse<String> form = teacher.web.get("/author/decks/" + slug + "/drafts/" + fourth + "/edit");
        assertThat(form.statusCode()).isEqualTo(200);
        Map<String, String> fields = FormReader.fields(form.body(), "item-form");
        assertThat(fields).containsEntry("draftId", fourth);
        assertThat(fields.get("quote1")).isNotBlank();
        fields.put("explanation", "Edited before approving.");
        fields.put("id", slug + "-edited");
        HttpResponse<String> saved = teacher.web.post("/author/decks/" + slug + "/items", fields);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        assertThat(draftIds(teacher.web.get("/author/decks/" + slug + "/drafts").body())).doesNotContain(fourth);
        assertThat(student.web.getJson("/api/decks/" + slug + "/items").body()).contains("\"id\":\"" + slug + "-edited\"")
                .contains("Edited before approving.");

        // an upload works the same way; over 1 MB is refused with 413 and says why
        teacher.web.get("/author/decks/" + slug + "/documents/new");
        HttpResponse<String> uploaded = teacher.web.postMultipart("/author/decks/" + slug + "/documents/upload",
                Map.of("title", "Uploaded " + suffix()), "file", "part.txt",
                excerpt.substring(0, 4000).getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.statusCode()).isEqualTo(303);
        byte[] big = "Lorem ipsum dolor sit amet. ".repeat(40_000).getBytes(StandardCharsets.UTF_8);
        teacher.web.get("/author/decks/" + slug + "/documents/new");
        HttpResponse<String> tooBig = teacher.web.postMultipart("/author/decks/" + slug + "/documents/upload",
                Map.of("title", "Too big"), "file", "big.txt", big);
        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertThat(tooBig.body()).contains("larger than 1 MB");
        HttpResponse<String> tooBigPaste = teacher.web.post("/author/decks/" + slug + "/documents",
                Map.of("title", "Too big", "text", new String(big, StandardCharsets.UTF_8)));
        assertThat(tooBigPaste.statusCode()).isEqualTo(413);
        assertThat(tooBigPaste.body()).contains("larger than 1 MB");
    }

    @Test
    void theInterviewDeckExportsToABankTheLoaderReadsBackUnchanged() throws IOException {
        User teacher = instructor("exporter");
        HttpResponse<String> page = teacher.web.get("/author/decks/luo-interview/export");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-testid=\"export-ok\"");
        HttpResponse<byte[]> zip = teacher.web.getBytes("/author/decks/luo-interview/export.zip");
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
        assertThat(zip.headers().firstValue("Content-Disposition").orElse("")).contains("luo-interview.zip");
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip.body()), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = tmp.resolve(entry.getName()).normalize();
                assertThat(target).startsWithRaw(tmp);
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            }
        }
        assertThat(tmp.resolve("question-bank/luo-interview/deck.yml")).exists();
        assertThat(Files.readString(tmp.resolve("seeds/" + DOC))).isEqualTo(Files.readString(Path.of("seeds", DOC)));

        Bank exported = BankReader.read(tmp.resolve("question-bank"), tmp.resolve("seeds"));
        Deck original = BankReader.read(Path.of("question-bank"), Path.of("seeds")).decks().get(0);
        Deck read = exported.decks().get(0);
        assertThat(read.slug()).isEqualTo(original.slug());
        assertThat(read.title()).isEqualTo(original.title());
        assertThat(read.description()).isEqualTo(original.description());
        assertThat(read.documents()).isEqualTo(original.documents());
        assertThat(read.keyPoints()).isEqualTo(original.keyPoints());
        // an item's note is bank-only (the database does not store it, question-bank/README.md), so the
        // export carries every item but without its note
        assertThat(original.items()).as("the bank has notes to lose").anyMatch(i -> !i.note().isEmpty());
        assertThat(read.items()).allMatch(i -> i.note().isEmpty());
        assertThat(read.items()).hasSize(original.items().size()).containsExactlyInAnyOrderElementsOf(original.items()
                .stream().map(i -> new Item(i.id(), i.keyPoint(), i.bloom(), i.content(), i.explanation(), i.sources()))
                .toList());
    }

    // ---- helpers ----

    record User(WebSession web, long id, String username) {
    }

    /** A public deck: the flows above are about authoring, not about who may see it. */
    private void createDeck(User teacher, String slug, String document) {
        createDeck(teacher, slug, document, "public");
    }

    private void createDeck(User teacher, String slug, String document, String visibility) {
        assertThat(teacher.web.get("/author/decks/new").statusCode()).isEqualTo(200);
        var form = new HashMap<String, String>(Map.of("slug", slug, "title", "Deck " + slug,
                "description", "Made in a test."));
        if (visibility != null) {
            form.put("visibility", visibility);
        }
        if (document != null) {
            form.put("documents", document);
        }
        HttpResponse<String> created = teacher.web.post("/author/decks", form);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        assertThat(location(created)).isEqualTo("/author/decks/" + slug);
    }

    static Map<String, String> item(String id, String keyPoint, String type, String status,
                                    Map<String, String> content, String quote) {
        var form = new HashMap<String, String>(content);
        form.put("id", id);
        form.put("keyPoint", keyPoint);
        form.put("type", type);
        form.put("bloom", "remember");
        form.put("status", status);
        form.put("explanation", "Luo says so in the interview.");
        form.put("quote1", quote);
        form.put("document1", DOC);
        return form;
    }

    static HttpResponse<String> saveItem(User teacher, String slug, String id, Map<String, String> form) {
        teacher.web.get("/author/decks/" + slug + "/items/new");
        return teacher.web.post("/author/decks/" + slug + (id == null ? "/items" : "/items/" + id), form);
    }

    private void assertHidden(User learner, String slug, String itemId) {
        assertThat(learner.web.getJson("/api/decks/" + slug + "/items").body()).doesNotContain("\"" + itemId + "\"");
        assertThat(learner.web.get("/decks/" + slug + "/items/" + itemId).statusCode()).isEqualTo(404);
        assertThat(catalog.bankDeck(slug).orElseThrow().items()).noneMatch(i -> i.id().equals(itemId));
        assertThat(catalog.items(slug).orElseThrow()).noneMatch(i -> i.id().equals(itemId));
    }

    private void answer(User learner, String slug, String cardId) {
        HttpResponse<String> front = learner.web.get("/study/" + slug + "?card=" + enc(cardId));
        Map<String, String> reveal = hiddenFields(front.body(), "reveal-form");
        StringBuilder query = new StringBuilder();
        reveal.forEach((k, v) -> query.append(query.length() == 0 ? "?" : "&").append(enc(k)).append('=').append(enc(v)));
        Map<String, String> rate = hiddenFields(learner.web.get("/study/" + slug + query).body(), "rate-form");
        rate.put("rating", "3");
        assertThat(learner.web.post("/study/" + slug + "/answers", rate).statusCode()).isEqualTo(303);
    }

    private long count(String sql, String itemId) throws SQLException {
        try (var connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection(); var statement = connection.prepareStatement(sql)) {
            statement.setString(1, itemId);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static java.util.List<String> draftIds(String html) {
        Matcher m = Pattern.compile("data-draft=\"(\\d+)\"").matcher(html);
        var ids = new java.util.ArrayList<String>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private User guest() {
        var web = new WebSession(URI.create(server.getURL() + "/"));
        web.get("/");
        web.post("/guest", Map.of("next", "/"));
        return new User(web, subject(web), "guest");
    }

    User signUp(String prefix) {
        String username = prefix + "-" + suffix();
        var web = new WebSession(URI.create(server.getURL() + "/"));
        web.get("/signup");
        assertThat(web.post("/signup", Map.of("username", username, "password", PASSWORD, "confirm", PASSWORD))
                .statusCode()).isEqualTo(303);
        return new User(web, subject(web), username);
    }

    User instructor(String prefix) {
        User user = signUp(prefix);
        roles.promote(user.id, Roles.INSTRUCTOR);
        var web = new WebSession(URI.create(server.getURL() + "/"));
        web.get("/login");
        assertThat(web.post("/login", Map.of("username", user.username, "password", PASSWORD)).statusCode())
                .isEqualTo(303);
        return new User(web, user.id, user.username);
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static long subject(WebSession web) {
        return web.accountId();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
