package app.flashpoint.authoring;

import app.flashpoint.core.bank.Slugs;

import app.flashpoint.deck.ItemStatus;
import app.flashpoint.account.CurrentAccount;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemEntries;
import app.flashpoint.core.bank.SourceSpan;
import app.flashpoint.core.document.SourceDocument;
import app.flashpoint.core.generate.lint.ItemLint;
import app.flashpoint.core.generate.lint.LintWarning;
import app.flashpoint.deck.ItemRow;
import app.flashpoint.deck.KeyPointRow;
import app.flashpoint.system.CsrfGuard;
import app.flashpoint.system.FormValues;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import app.flashpoint.system.NotFoundException;
import io.micronaut.core.annotation.Nullable;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static app.flashpoint.authoring.AuthoringViews.deckPath;
import static app.flashpoint.system.PageResponses.page;
import static app.flashpoint.system.PageResponses.seeOther;

/**
 * The item form, one for all eight kinds (a fieldset per kind; the page's script shows the chosen one).
 * The form becomes a bank entry and is judged by {@code ItemEntries.check}, the loader's own rules, so a
 * quote must be found verbatim in the deck's documents; any problem re-shows the form with all it held.
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/author/decks/{slug}")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class ItemAuthoringPages {
    private static final String NEW_FAMILY = "New key points";

    private final EditableDecks editable;
    private final Authoring authoring;
    private final DraftQueue queue;
    private final CsrfGuard csrf;

    ItemAuthoringPages(EditableDecks editable, Authoring authoring, DraftQueue queue, CsrfGuard csrf) {
        this.editable = editable;
        this.authoring = authoring;
        this.queue = queue;
        this.csrf = csrf;
    }

    /**
     * The item form. f: the fields as typed (their names differ by kind, so the form stays a map); row: the
     * item edited, null for a new one; lint: the saved item's warnings; distractors, pairs, sources: 1..n.
     */
    @Introspected
    record ItemFormPage(AuthoredDeck deck, @Nullable ItemRow row, Map<String, String> f, List<String> problems,
                        List<KeyPointRow> keyPoints, List<String> types, List<String> blooms, List<String> statuses,
                        Collection<SourceDocument> documents, List<LintWarning> lint, List<Integer> distractors,
                        List<Integer> pairs, List<Integer> sources) {
    }

    @Serdeable
    record StatusForm(@Nullable String status, @Nullable String csrfToken) {
    }

    @Get("/items/new")
    HttpResponse<?> newItem(String slug, @Nullable @QueryValue String type, @Nullable @QueryValue String keyPoint,
                            Authentication authentication) {
        AuthoredDeck deck = editable.get(slug, CurrentAccount.of(authentication));
        return form(HttpStatus.OK, deck, null, ItemForm.blank(type == null ? "basic" : type,
                keyPoint == null ? "" : keyPoint), List.of(), authoring.documents(deck), List.of());
    }

    /** A draft opened in the item form; saving it creates the item and approves the draft. */
    @Get("/drafts/{draftId}/edit")
    HttpResponse<?> editDraft(String slug, long draftId, Authentication authentication) {
        AuthoredDeck deck = editable.get(slug, CurrentAccount.of(authentication));
        DraftQueue.Draft draft = queue.pending(slug, draftId);
        var documents = authoring.documents(deck);
        var values = new HashMap<>(ItemForm.of("", "", "remember", ItemStatus.PUBLISHED.code(), draft.content(),
                draft.quote(), draft.sources(), occurrences(draft.sources(), deck, documents)).values());
        values.put("draftId", String.valueOf(draftId));
        values.put("newKeyPoint", draft.row().keyPointTitle());
        return form(HttpStatus.OK, deck, null, new ItemForm(values), List.of(), documents, List.of());
    }

    @Post(value = "/items", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(String slug, @Nullable @Body Map<String, Object> body, Authentication authentication,
                           HttpRequest<?> request) {
        csrf.check(request, FormValues.one(body, "csrfToken"));
        AuthoredDeck deck = editable.get(slug, CurrentAccount.of(authentication));
        ItemForm form = ItemForm.of(body);
        Optional<DraftQueue.Draft> draft = form.v("draftId").isBlank() ? Optional.empty()
                : Optional.of(queue.pending(slug, parseId(form.v("draftId"))));
        var problems = new ArrayList<String>();
        String id = form.v("id").strip();
        if (!id.isEmpty() && authoring.itemExists(id)) {
            problems.add("An item with the id '" + id + "' exists already: choose another id.");
        }
        KeyPointChoice choice = keyPointChoice(deck, form, null);
        if (id.isEmpty()) {
            id = Slugs.unique(Slugs.of(choice.id() + "-" + form.type(), "item"), authoring::itemExists);
        }
        var documents = authoring.documents(deck);
        Optional<Item> item = check(deck, form, id, choice, problems, documents);
        if (item.isEmpty()) {
            return form(HttpStatus.UNPROCESSABLE_ENTITY, deck, null, form, problems, documents, List.of());
        }
        createKeyPointIfNew(deck, choice);
        authoring.saveItem(slug, null, item.get(), form.status());
        draft.ifPresent(d -> queue.approved(d.row(), item.get().id()));
        return seeOther(deckPath(slug) + "?saved=" + item.get().id());
    }

    @Get("/items/{id}/edit")
    HttpResponse<?> edit(String slug, String id, Authentication authentication) {
        AuthoredDeck deck = editable.get(slug, CurrentAccount.of(authentication));
        ItemRow row = authoring.item(slug, id).orElseThrow(() -> NotFoundException.of("item", id));
        Item item = authoring.toItem(row);
        var documents = authoring.documents(deck);
        return form(HttpStatus.OK, deck, row, ItemForm.of(item, row.status(), occurrences(item.sources(), deck, documents)),
                List.of(), documents, ItemLint.check(item.content(), authoring.otherLiveContents(slug, id)));
    }

    @Post(value = "/items/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(String slug, String id, @Nullable @Body Map<String, Object> body,
                           Authentication authentication, HttpRequest<?> request) {
        csrf.check(request, FormValues.one(body, "csrfToken"));
        AuthoredDeck deck = editable.get(slug, CurrentAccount.of(authentication));
        ItemRow row = authoring.item(slug, id).orElseThrow(() -> NotFoundException.of("item", id));
        ItemForm form = ItemForm.of(body);
        var problems = new ArrayList<String>();
        KeyPointChoice choice = keyPointChoice(deck, form, row.keyPointId());
        var documents = authoring.documents(deck);
        Optional<Item> item = check(deck, form, id, choice, problems, documents);
        if (item.isEmpty()) {
            return form(HttpStatus.UNPROCESSABLE_ENTITY, deck, row, form, problems, documents, List.of());
        }
        createKeyPointIfNew(deck, choice);
        authoring.saveItem(slug, row, item.get(), form.status());
        return seeOther(deckPath(slug) + "?saved=" + id);
    }

    @Post(value = "/items/{id}/status", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> status(String slug, String id, @Nullable @Body StatusForm body,
                           Authentication authentication, HttpRequest<?> request) {
        csrf.check(request, body == null ? null : body.csrfToken());
        editable.get(slug, CurrentAccount.of(authentication));
        ItemRow row = authoring.item(slug, id).orElseThrow(() -> NotFoundException.of("item", id));
        String status = body.status() == null ? "" : body.status().strip();
        if (!ItemForm.STATUSES.contains(status)) {
            throw new NotFoundException("No status named '" + status + "'");
        }
        authoring.setStatus(row, status);
        return seeOther(deckPath(slug) + "?saved=" + id);
    }

    /** The key point chosen, or a new one named in the form (created only once the item is valid). */
    record KeyPointChoice(String id, @Nullable String newTitle, Set<String> known) {
    }

    private KeyPointChoice keyPointChoice(AuthoredDeck deck, ItemForm form, @Nullable String current) {
        Set<String> known = new HashSet<>();
        authoring.activeKeyPoints(deck.slug()).forEach(k -> known.add(k.id()));
        if (current != null) {
            known.add(current);
        }
        String chosen = form.v("keyPoint").strip();
        String newTitle = form.v("newKeyPoint").strip();
        if (chosen.isEmpty() && !newTitle.isEmpty()) {
            String id = Slugs.unique(Slugs.of(newTitle, "key-point"), authoring::keyPointExists);
            known.add(id);
            return new KeyPointChoice(id, newTitle, known);
        }
        return new KeyPointChoice(chosen, null, known);
    }

    private void createKeyPointIfNew(AuthoredDeck deck, KeyPointChoice choice) {
        if (choice.newTitle() != null) {
            authoring.saveKeyPoint(deck.slug(), null, choice.id(), choice.newTitle(), choice.newTitle(), NEW_FAMILY, 3);
        }
    }

    private Optional<Item> check(AuthoredDeck deck, ItemForm form, String id, KeyPointChoice choice,
                                 List<String> problems, Map<String, SourceDocument> documents) {
        if (!ItemForm.STATUSES.contains(form.status())) {
            problems.add("Choose a status: draft, published or retired.");
        }
        if (choice.id().isEmpty()) {
            problems.add("Choose a key point, or name a new one.");
        }
        var checked = ItemEntries.check(form.entry(id, choice.id()), documents, deck.documents(), choice.known());
        problems.addAll(checked.problems());
        return problems.isEmpty() ? checked.item() : Optional.empty();
    }

    /** {@code documents}: the deck's documents, read once by the caller; {@code lint}: the saved item's warnings. */
    private HttpResponse<?> form(HttpStatus status, AuthoredDeck deck, @Nullable ItemRow row, ItemForm form,
                                 List<String> problems, Map<String, SourceDocument> documents,
                                 List<LintWarning> lint) {
        List<KeyPointRow> keyPoints = authoring.activeKeyPoints(deck.slug());
        return page(status, "authoring/item-form", new ItemFormPage(deck, row, form.values(), problems, keyPoints,
                ItemForm.TYPES, ItemForm.BLOOMS, ItemForm.STATUSES, documents.values(), lint,
                range(ItemForm.DISTRACTORS), range(ItemForm.PAIRS), range(ItemForm.SOURCES)));
    }

    static Map<String, Integer> occurrences(List<SourceSpan> spans, AuthoredDeck deck,
                                            Map<String, SourceDocument> documents) {
        var occurrences = new HashMap<String, Integer>();
        for (SourceSpan s : spans) {
            Object n = ItemEntries.source(s, deck.documents(), documents).get("occurrence");
            if (n != null) {
                occurrences.put(s.document() + "@" + s.start(), (Integer) n);
            }
        }
        return occurrences;
    }

    private static List<Integer> range(int n) {
        var list = new ArrayList<Integer>();
        for (int i = 1; i <= n; i++) {
            list.add(i);
        }
        return list;
    }

    private static long parseId(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException("No draft " + text);
        }
    }
}
