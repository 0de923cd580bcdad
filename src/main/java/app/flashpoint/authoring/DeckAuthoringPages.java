package app.flashpoint.authoring;

import app.flashpoint.core.bank.Slugs;

import app.flashpoint.system.StoredJson;
import app.flashpoint.account.CurrentAccount;
import app.flashpoint.deck.DeckVisibility;
import app.flashpoint.deck.ItemRow;
import app.flashpoint.deck.KeyPointRow;
import app.flashpoint.system.CsrfGuard;
import app.flashpoint.system.FormProblems;
import app.flashpoint.authoring.DeckForms.DeckForm;
import app.flashpoint.authoring.DeckForms.KeyPointForm;
import app.flashpoint.core.document.SourceDocument;
import app.flashpoint.deck.DocumentRow;
import io.micronaut.core.annotation.Introspected;
import jakarta.validation.Validator;
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
import io.micronaut.security.rules.SecurityRule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static app.flashpoint.authoring.AuthoringViews.deckPath;
import static app.flashpoint.system.PageResponses.page;
import static app.flashpoint.system.PageResponses.seeOther;

/**
 * Decks and key points: the list of the decks one may edit, a deck's overview, forms. Open to every signed-in
 * account, each to the decks {@link EditableDecks} lets it edit (a student: its own, which stay private).
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/author")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class DeckAuthoringPages {
    private final EditableDecks editable;
    private final Authoring authoring;
    private final DraftRepository drafts;
    private final DeckExport export;
    private final CsrfGuard csrf;
    private final StoredJson json;
    private final Validator validator;

    DeckAuthoringPages(EditableDecks editable, Authoring authoring, DraftRepository drafts, DeckExport export,
                       CsrfGuard csrf, StoredJson json, Validator validator) {
        this.json = json;
        this.validator = validator;
        this.editable = editable;
        this.authoring = authoring;
        this.drafts = drafts;
        this.export = export;
        this.csrf = csrf;
    }

    /** teaches: whether the list holds the bank's decks too (and says so). */
    @Introspected
    record ListPage(List<AuthoredDeck> decks, boolean teaches) {
    }

    /** items: each key point's id to its items' lines; saved: the key point or item just saved, if any. */
    @Introspected
    record DeckPage(AuthoredDeck deck, List<KeyPointRow> keyPoints, Map<String, List<ItemLine>> items,
                    Collection<SourceDocument> documents, @Nullable String saved, long pendingDrafts,
                    Map<String, String> types) {
    }

    /**
     * deck: null for a new deck; form: the fields as typed; chosen: the documents ticked; mayPublish: whether
     * the visibility choice is offered (to instructors and admins; a student's deck stays private).
     */
    @Introspected
    record DeckFormPage(@Nullable AuthoredDeck deck, Map<String, String> form, List<String> chosen,
                        List<DocumentRow> allDocuments, List<String> problems, boolean mayPublish) {
    }

    /** keyPoint: null for a new one; families: those of the deck's key points, offered as suggestions. */
    @Introspected
    record KeyPointFormPage(AuthoredDeck deck, @Nullable KeyPointRow keyPoint, Map<String, String> form,
                            Set<String> families, List<String> problems) {
    }

    @Introspected
    record ExportPage(AuthoredDeck deck, Set<String> files, List<String> problems) {
    }

    @Get
    HttpResponse<?> list(Authentication authentication) {
        CurrentAccount me = CurrentAccount.of(authentication);
        return page("authoring/list", new ListPage(editable.list(me), EditableDecks.teaches(me)));
    }

    @Get("/decks/new")
    HttpResponse<?> newDeck(Authentication authentication) {
        return deckForm(HttpStatus.OK, null, Map.of("visibility", DeckVisibility.PRIVATE.code()), List.of(), List.of(),
                CurrentAccount.of(authentication));
    }

    @Post(value = "/decks", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Nullable @Body DeckForm typed, Authentication authentication,
                           HttpRequest<?> request) {
        csrf.check(request, typed == null ? null : typed.csrfToken());
        DeckForm form = typed.stripped();
        CurrentAccount me = CurrentAccount.of(authentication);
        // a student is not asked for a slug (the form has none for them): one is made from the title
        String slug = form.slug().isEmpty() && !form.title().isEmpty()
                ? Slugs.unique(Slugs.of(form.title(), "deck"), authoring::deckExists) : form.slug();
        var problems = deckProblems(form);
        if (!Slugs.valid(slug)) {
            problems.add(0, "The slug must be lower-case letters, digits and dashes (for example my-course).");
        } else if (authoring.deckExists(slug)) {
            problems.add(0, "A deck named '" + slug + "' exists already: choose another slug.");
        }
        List<String> documents = form.documents();
        unknownDocuments(documents, problems, null, me.id());
        if (!problems.isEmpty()) {
            return deckForm(HttpStatus.UNPROCESSABLE_ENTITY, null, typed.values(), documents, problems, me);
        }
        authoring.createDeck(slug, form.title(), form.description(), documents, me.id(), visibility(form, null, me));
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
        return page("authoring/deck", new DeckPage(deck, keyPoints, byKeyPoint, authoring.documents(deck).values(),
                saved, drafts.countByDeckSlugAndStatus(slug, DraftStatus.PENDING), ItemForm.TYPE_LABELS));
    }

    @Get("/decks/{slug}/edit")
    HttpResponse<?> editDeck(String slug, Authentication authentication) {
        CurrentAccount me = CurrentAccount.of(authentication);
        AuthoredDeck deck = editable.get(slug, me);
        return deckForm(HttpStatus.OK, deck, Map.of("title", deck.title(), "description", deck.description(),
                "visibility", deck.visibility().code()), deck.documents(), List.of(), me);
    }

    @Post(value = "/decks/{slug}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(String slug, @Nullable @Body DeckForm typed, Authentication authentication,
                           HttpRequest<?> request) {
        csrf.check(request, typed == null ? null : typed.csrfToken());
        CurrentAccount me = CurrentAccount.of(authentication);
        AuthoredDeck deck = editable.get(slug, me);
        DeckForm form = typed.stripped();
        var problems = deckProblems(form);
        List<String> documents = form.documents();
        unknownDocuments(documents, problems, deck.slug(), deck.ownerId());
        if (!problems.isEmpty()) {
            return deckForm(HttpStatus.UNPROCESSABLE_ENTITY, deck, typed.values(), documents, problems, me);
        }
        authoring.updateDeck(deck, form.title(), form.description(), documents, visibility(form, deck, me));
        return seeOther(deckPath(slug));
    }

    @Get("/decks/{slug}/key-points/new")
    HttpResponse<?> newKeyPoint(String slug, Authentication authentication) {
        AuthoredDeck deck = editable.get(slug, CurrentAccount.of(authentication));
        return keyPointForm(HttpStatus.OK, deck, null, Map.of("importance", "3"), List.of());
    }

    @Post(value = "/decks/{slug}/key-points", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> createKeyPoint(String slug, @Nullable @Body KeyPointForm typed,
                                   Authentication authentication, HttpRequest<?> request) {
        csrf.check(request, typed == null ? null : typed.csrfToken());
        AuthoredDeck deck = editable.get(slug, CurrentAccount.of(authentication));
        KeyPointForm form = typed.stripped();
        var problems = keyPointProblems(form);
        String id = form.id();
        if (id.isEmpty()) {
            id = Slugs.unique(Slugs.of(form.title(), "key-point"), authoring::keyPointExists);
        } else if (!Slugs.valid(id)) {
            problems.add(0, "The id must be lower-case letters, digits and dashes.");
        } else if (authoring.keyPointExists(id)) {
            problems.add(0, "A key point with the id '" + id + "' exists already.");
        }
        if (!problems.isEmpty()) {
            return keyPointForm(HttpStatus.UNPROCESSABLE_ENTITY, deck, null, typed.values(), problems);
        }
        authoring.saveKeyPoint(slug, null, id, form.title(), form.summary(), form.family(),
                Integer.parseInt(form.importance()));
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
    HttpResponse<?> updateKeyPoint(String slug, String id, @Nullable @Body KeyPointForm typed,
                                   Authentication authentication, HttpRequest<?> request) {
        csrf.check(request, typed == null ? null : typed.csrfToken());
        AuthoredDeck deck = editable.get(slug, CurrentAccount.of(authentication));
        KeyPointRow k = authoring.keyPoint(slug, id).orElseThrow(() -> NotFoundException.of("key point", id));
        KeyPointForm form = typed.stripped();
        var problems = keyPointProblems(form);
        if (!problems.isEmpty()) {
            return keyPointForm(HttpStatus.UNPROCESSABLE_ENTITY, deck, k, typed.values(), problems);
        }
        authoring.saveKeyPoint(slug, k, id, form.title(), form.summary(), form.family(),
                Integer.parseInt(form.importance()));
        return seeOther(deckPath(slug) + "?saved=" + id);
    }

    /** The export's files and what the bank loader would say of them. */
    @Get("/decks/{slug}/export")
    HttpResponse<?> exportPage(String slug, Authentication authentication) {
        AuthoredDeck deck = editable.get(slug, CurrentAccount.of(authentication));
        Map<String, String> files = export.files(deck);
        return page("authoring/export", new ExportPage(deck, files.keySet(), export.problems(files)));
    }

    @Get(value = "/decks/{slug}/export.zip", produces = "application/zip")
    HttpResponse<byte[]> exportZip(String slug, Authentication authentication) {
        AuthoredDeck deck = editable.get(slug, CurrentAccount.of(authentication));
        return HttpResponse.ok(export.zip(export.files(deck))).contentType("application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + slug + ".zip\"");
    }

    /** A new list: the slug's and the documents' problems are added to it. */
    private List<String> deckProblems(DeckForm stripped) {
        return new ArrayList<>(FormProblems.of(validator.validate(stripped), DeckForm.FIELDS));
    }

    /** Another instructor's document reads as a missing one: its name is not confirmed. */
    private void unknownDocuments(List<String> documents, List<String> problems, @Nullable String slug,
                                  @Nullable Long ownerId) {
        var attachable = authoring.attachableDocuments(slug, ownerId).stream().map(d -> d.name())
                .collect(java.util.stream.Collectors.toSet());
        documents.stream().filter(d -> !attachable.contains(d))
                .forEach(d -> problems.add("There is no document named '" + d + "'."));
    }

    /**
     * A bank deck stays public (it is reviewed like code); a browser deck is private unless made public, which
     * only instructors and admins may do: a student's choice is not asked, and a forged one is ignored (its deck
     * keeps what it has, private unless an admin published it).
     */
    private static DeckVisibility visibility(DeckForm stripped, @Nullable AuthoredDeck deck, CurrentAccount me) {
        if (deck != null && deck.fromBank()) {
            return DeckVisibility.PUBLIC;
        }
        if (!EditableDecks.teaches(me)) {
            return deck == null ? DeckVisibility.PRIVATE : deck.visibility();
        }
        // anything but "public" (nothing ticked, a forged value) is private: the safe side
        return DeckVisibility.PUBLIC.code().equals(stripped.visibility()) ? DeckVisibility.PUBLIC : DeckVisibility.PRIVATE;
    }

    /** A new list: the id's problems are put in front of it. */
    private List<String> keyPointProblems(KeyPointForm stripped) {
        return new ArrayList<>(FormProblems.of(validator.validate(stripped), KeyPointForm.FIELDS));
    }

    /** The documents offered are those of the deck's owner (the account itself for a new deck). */
    private HttpResponse<?> deckForm(HttpStatus status, @Nullable AuthoredDeck deck, Map<String, String> values,
                                     List<String> chosen, List<String> problems, CurrentAccount me) {
        Long ownerId = deck == null ? Long.valueOf(me.id()) : deck.ownerId();
        return page(status, "authoring/deck-form", new DeckFormPage(deck, values, chosen,
                authoring.attachableDocuments(deck == null ? null : deck.slug(), ownerId), problems,
                EditableDecks.teaches(me)));
    }

    private HttpResponse<?> keyPointForm(HttpStatus status, AuthoredDeck deck, @Nullable KeyPointRow keyPoint,
                                         Map<String, String> values, List<String> problems) {
        var families = new TreeSet<String>();
        authoring.keyPoints(deck.slug()).forEach(k -> families.add(k.family()));
        return page(status, "authoring/key-point-form", new KeyPointFormPage(deck, keyPoint, values, families,
                problems));
    }
}
