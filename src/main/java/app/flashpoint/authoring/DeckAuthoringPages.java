package app.flashpoint.authoring;

import app.flashpoint.system.StoredJson;
import app.flashpoint.account.CurrentAccount;
import app.flashpoint.account.Roles;
import app.flashpoint.deck.DeckRow;
import app.flashpoint.deck.ItemRow;
import app.flashpoint.deck.KeyPointRow;
import app.flashpoint.system.CsrfGuard;
import app.flashpoint.system.FormValues;
import app.flashpoint.system.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static app.flashpoint.authoring.AuthoringViews.deckPath;
import static app.flashpoint.system.PageResponses.page;
import static app.flashpoint.system.PageResponses.seeOther;

/** Decks and key points, for instructors and admins: the list of editable decks, a deck's overview, forms. */
@Secured({Roles.INSTRUCTOR, Roles.ADMIN})
@Controller("/author")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class DeckAuthoringPages {
    private static final int MAX_TITLE = 120;
    private static final int MAX_TEXT = 4000;

    private final EditableDecks editable;
    private final Authoring authoring;
    private final DraftRepository drafts;
    private final DeckExport export;
    private final CsrfGuard csrf;
    private final StoredJson json;

    DeckAuthoringPages(EditableDecks editable, Authoring authoring, DraftRepository drafts, DeckExport export,
                       CsrfGuard csrf, StoredJson json) {
        this.json = json;
        this.editable = editable;
        this.authoring = authoring;
        this.drafts = drafts;
        this.export = export;
        this.csrf = csrf;
    }

    @Get
    HttpResponse<?> list(Authentication authentication) {
        return page(HttpStatus.OK, "authoring/list", "decks", editable.list(CurrentAccount.of(authentication)));
    }

    @Get("/decks/new")
    HttpResponse<?> newDeck(Authentication authentication) {
        return deckForm(HttpStatus.OK, null, Map.of("visibility", DeckRow.PRIVATE), List.of(), List.of(),
                CurrentAccount.of(authentication).id());
    }

    @Post(value = "/decks", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Nullable @Body Map<String, Object> form, Authentication authentication,
                           HttpRequest<?> request) {
        csrf.check(request, FormValues.one(form, "csrfToken"));
        String slug = FormValues.one(form, "slug");
        var problems = deckProblems(form);
        if (!Slugs.valid(slug)) {
            problems.add(0, "The slug must be lower-case letters, digits and dashes (for example my-course).");
        } else if (authoring.deckExists(slug)) {
            problems.add(0, "A deck named '" + slug + "' exists already: choose another slug.");
        }
        List<String> documents = FormValues.all(form, "documents");
        long me = CurrentAccount.of(authentication).id();
        unknownDocuments(documents, problems, null, me);
        if (!problems.isEmpty()) {
            return deckForm(HttpStatus.UNPROCESSABLE_ENTITY, null, values(form), documents, problems, me);
        }
        authoring.createDeck(slug, FormValues.one(form, "title"), FormValues.one(form, "description"), documents,
                me, visibility(form, null));
        return seeOther(deckPath(slug));
    }

    @Get("/decks/{slug}")
    HttpResponse<?> deck(String slug, Authentication authentication, @Nullable @QueryValue String saved) {
        AuthoredDeck deck = editable.get(slug, CurrentAccount.of(authentication));
        List<KeyPointRow> keyPoints = authoring.keyPoints(slug);
        var byKeyPoint = new LinkedHashMap<String, List<ItemLine>>();
        keyPoints.forEach(k -> byKeyPoint.put(k.id(), new ArrayList<>()));
        for (ItemRow row : authoring.items(slug)) {
            Map<String, Object> content = json.read(row.content(), Argument.mapOf(String.class, Object.class));
            byKeyPoint.computeIfAbsent(row.keyPointId(), k -> new ArrayList<>()).add(new ItemLine(row.id(), row.type(),
                    row.status(), ItemLine.prompt(content), row.editedAt() != null));
        }
        return page(HttpStatus.OK, "authoring/deck", "deck", deck, "keyPoints", keyPoints, "items", byKeyPoint,
                "documents", authoring.documents(deck).values(), "saved", saved,
                "pendingDrafts", drafts.countByDeckSlugAndStatus(slug, DraftRow.PENDING),
                "types", ItemForm.TYPE_LABELS);
    }

    @Get("/decks/{slug}/edit")
    HttpResponse<?> editDeck(String slug, Authentication authentication) {
        AuthoredDeck deck = editable.get(slug, CurrentAccount.of(authentication));
        return deckForm(HttpStatus.OK, deck, Map.of("title", deck.title(), "description", deck.description(),
                "visibility", deck.visibility()), deck.documents(), List.of(), deck.ownerId());
    }

    @Post(value = "/decks/{slug}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(String slug, @Nullable @Body Map<String, Object> form, Authentication authentication,
                           HttpRequest<?> request) {
        csrf.check(request, FormValues.one(form, "csrfToken"));
        AuthoredDeck deck = editable.get(slug, CurrentAccount.of(authentication));
        var problems = deckProblems(form);
        List<String> documents = FormValues.all(form, "documents");
        unknownDocuments(documents, problems, deck.slug(), deck.ownerId());
        if (!problems.isEmpty()) {
            return deckForm(HttpStatus.UNPROCESSABLE_ENTITY, deck, values(form), documents, problems, deck.ownerId());
        }
        authoring.updateDeck(deck, FormValues.one(form, "title"), FormValues.one(form, "description"), documents,
                visibility(form, deck));
        return seeOther(deckPath(slug));
    }

    @Get("/decks/{slug}/key-points/new")
    HttpResponse<?> newKeyPoint(String slug, Authentication authentication) {
        AuthoredDeck deck = editable.get(slug, CurrentAccount.of(authentication));
        return keyPointForm(HttpStatus.OK, deck, null, Map.of("importance", "3"), List.of());
    }

    @Post(value = "/decks/{slug}/key-points", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> createKeyPoint(String slug, @Nullable @Body Map<String, Object> form,
                                   Authentication authentication, HttpRequest<?> request) {
        csrf.check(request, FormValues.one(form, "csrfToken"));
        AuthoredDeck deck = editable.get(slug, CurrentAccount.of(authentication));
        var problems = keyPointProblems(form);
        String id = FormValues.one(form, "id");
        if (id.isEmpty()) {
            id = Slugs.unique(Slugs.of(FormValues.one(form, "title"), "key-point"), authoring::keyPointExists);
        } else if (!Slugs.valid(id)) {
            problems.add(0, "The id must be lower-case letters, digits and dashes.");
        } else if (authoring.keyPointExists(id)) {
            problems.add(0, "A key point with the id '" + id + "' exists already.");
        }
        if (!problems.isEmpty()) {
            return keyPointForm(HttpStatus.UNPROCESSABLE_ENTITY, deck, null, values(form), problems);
        }
        authoring.saveKeyPoint(slug, null, id, FormValues.one(form, "title"), FormValues.one(form, "summary"),
                FormValues.one(form, "family"), Integer.parseInt(FormValues.one(form, "importance")));
        return seeOther(deckPath(slug) + "?saved=" + id);
    }

    @Get("/decks/{slug}/key-points/{id}/edit")
    HttpResponse<?> editKeyPoint(String slug, String id, Authentication authentication) {
        AuthoredDeck deck = editable.get(slug, CurrentAccount.of(authentication));
        KeyPointRow k = authoring.keyPoint(slug, id).orElseThrow(() -> NotFoundException.of("key point", id));
        return keyPointForm(HttpStatus.OK, deck, k, Map.of("title", k.title(), "summary", k.summary(),
                "family", k.family(), "importance", String.valueOf(k.importance())), List.of());
    }

    @Post(value = "/decks/{slug}/key-points/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> updateKeyPoint(String slug, String id, @Nullable @Body Map<String, Object> form,
                                   Authentication authentication, HttpRequest<?> request) {
        csrf.check(request, FormValues.one(form, "csrfToken"));
        AuthoredDeck deck = editable.get(slug, CurrentAccount.of(authentication));
        KeyPointRow k = authoring.keyPoint(slug, id).orElseThrow(() -> NotFoundException.of("key point", id));
        var problems = keyPointProblems(form);
        if (!problems.isEmpty()) {
            return keyPointForm(HttpStatus.UNPROCESSABLE_ENTITY, deck, k, values(form), problems);
        }
        authoring.saveKeyPoint(slug, k, id, FormValues.one(form, "title"), FormValues.one(form, "summary"),
                FormValues.one(form, "family"), Integer.parseInt(FormValues.one(form, "importance")));
        return seeOther(deckPath(slug) + "?saved=" + id);
    }

    /** The export's files and what the bank loader would say of them. */
    @Get("/decks/{slug}/export")
    HttpResponse<?> exportPage(String slug, Authentication authentication) {
        AuthoredDeck deck = editable.get(slug, CurrentAccount.of(authentication));
        Map<String, String> files = export.files(deck);
        return page(HttpStatus.OK, "authoring/export", "deck", deck, "files", files.keySet(),
                "problems", export.problems(files));
    }

    @Get(value = "/decks/{slug}/export.zip", produces = "application/zip")
    HttpResponse<byte[]> exportZip(String slug, Authentication authentication) {
        AuthoredDeck deck = editable.get(slug, CurrentAccount.of(authentication));
        return HttpResponse.ok(export.zip(export.files(deck))).contentType("application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + slug + ".zip\"");
    }

    private static List<String> deckProblems(@Nullable Map<String, Object> form) {
        var problems = new ArrayList<String>();
        String title = FormValues.one(form, "title");
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            problems.add("Give the deck a title of up to " + MAX_TITLE + " characters.");
        }
        if (FormValues.one(form, "description").length() > MAX_TEXT) {
            problems.add("Keep the description under " + MAX_TEXT + " characters.");
        }
        return problems;
    }

    /** Another instructor's document reads as a missing one: its name is not confirmed. */
    private void unknownDocuments(List<String> documents, List<String> problems, @Nullable String slug,
                                  @Nullable Long ownerId) {
        var attachable = authoring.attachableDocuments(slug, ownerId).stream().map(d -> d.name())
                .collect(java.util.stream.Collectors.toSet());
        documents.stream().filter(d -> !attachable.contains(d))
                .forEach(d -> problems.add("There is no document named '" + d + "'."));
    }

    /** A bank deck stays public (it is reviewed like code); a browser deck is private unless made public. */
    private static String visibility(@Nullable Map<String, Object> form, @Nullable AuthoredDeck deck) {
        if (deck != null && deck.fromBank()) {
            return DeckRow.PUBLIC;
        }
        return DeckRow.PUBLIC.equals(FormValues.one(form, "visibility")) ? DeckRow.PUBLIC : DeckRow.PRIVATE;
    }

    private static List<String> keyPointProblems(@Nullable Map<String, Object> form) {
        var problems = new ArrayList<String>();
        for (String field : List.of("title", "summary", "family")) {
            String value = FormValues.one(form, field);
            if (value.isEmpty() || value.length() > MAX_TEXT) {
                problems.add("Fill in the " + field + " (up to " + MAX_TEXT + " characters).");
            }
        }
        if (!List.of("1", "2", "3", "4", "5").contains(FormValues.one(form, "importance"))) {
            problems.add("Importance is a whole number from 1 (detail) to 5 (central).");
        }
        return problems;
    }

    private HttpResponse<?> deckForm(HttpStatus status, @Nullable AuthoredDeck deck, Map<String, String> values,
                                     List<String> chosen, List<String> problems, @Nullable Long ownerId) {
        return page(status, "authoring/deck-form", "deck", deck, "form", values, "chosen", chosen,
                "allDocuments", authoring.attachableDocuments(deck == null ? null : deck.slug(), ownerId),
                "problems", problems);
    }

    private HttpResponse<?> keyPointForm(HttpStatus status, AuthoredDeck deck, @Nullable KeyPointRow keyPoint,
                                         Map<String, String> values, List<String> problems) {
        var families = new TreeSet<String>();
        authoring.keyPoints(deck.slug()).forEach(k -> families.add(k.family()));
        return page(status, "authoring/key-point-form", "deck", deck, "keyPoint", keyPoint, "form", values,
                "families", families, "problems", problems);
    }

    private static Map<String, String> values(@Nullable Map<String, Object> form) {
        var values = new LinkedHashMap<String, String>();
        if (form != null) {
            form.keySet().forEach(k -> values.put(k, String.join("\n", FormValues.all(form, k))));
        }
        return values;
    }
}
