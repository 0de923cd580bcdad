package app.flashpoint.authoring;

import app.flashpoint.core.bank.Slugs;

import app.flashpoint.deck.ItemStatus;
import app.flashpoint.account.CurrentAccount;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.bank.ItemEntries;
import app.flashpoint.core.bank.SourceSpan;
import app.flashpoint.core.document.SourceDocument;
import app.flashpoint.core.generate.draft.NotTextException;
import app.flashpoint.core.generate.lint.ItemLint;
import app.flashpoint.deck.ItemRow;
import app.flashpoint.deck.KeyPointRow;
import app.flashpoint.system.CsrfGuard;
import app.flashpoint.system.TokenForm;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static app.flashpoint.authoring.AuthoringViews.deckPath;
import static app.flashpoint.system.PageResponses.page;
import static app.flashpoint.system.PageResponses.seeOther;

/**
 * New documents (pasted or uploaded, up to 1 MB) and the review queue of the generator's drafts. Approving
 * a draft turns it into a published item through the same checks as the item form (ItemEntries); its
 * explanation, which the generator cannot write, is asked for in the approve form. Open to whoever may edit
 * the deck ({@link EditableDecks}), a student too for a deck of its own: a document and its drafts belong to
 * that deck and are read only by those who may study it, so nothing here reaches another account or a class.
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/author/decks/{slug}")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class DraftPages {
    static final String NEW_KEY_POINT = "new";
    private static final int MAX_TITLE = 120;
    private static final String TITLE_PROBLEM = "Give the document a title of up to " + MAX_TITLE + " characters.";

    private final EditableDecks editable;
    private final Authoring authoring;
    private final DraftQueue queue;
    private final CsrfGuard csrf;
    private final Validator validator;

    DraftPages(EditableDecks editable, Authoring authoring, DraftQueue queue, CsrfGuard csrf, Validator validator) {
        this.editable = editable;
        this.authoring = authoring;
        this.queue = queue;
        this.csrf = csrf;
        this.validator = validator;
    }

    @Serdeable
    record PasteForm(@Nullable String title, @Nullable String text, @Nullable String csrfToken) {
    }

    /** A draft approved as it is, with the reviewer's key point, Bloom level and explanation. */
    @Serdeable
    record ApproveForm(@Nullable String keyPoint, @Nullable String bloom, @Nullable String explanation,
                       @Nullable String csrfToken) {
        /** The fields as the queue re-shows them after a problem: ends trimmed, a missing one absent. */
        Map<String, String> values() {
            var values = new LinkedHashMap<String, String>();
            put(values, "keyPoint", keyPoint);
            put(values, "bloom", bloom);
            put(values, "explanation", explanation);
            return values;
        }

        private static void put(Map<String, String> values, String name, @Nullable String value) {
            if (value != null) {
                values.put(name, value.strip());
            }
        }
    }

    /** A document as proposed, pasted or uploaded: its title is checked, its text by the drafting itself. */
    @Introspected
    record ProposedDocument(
            @NotBlank(message = TITLE_PROBLEM) @Size(max = MAX_TITLE, message = TITLE_PROBLEM) String title,
            String text) {
    }

    /** failed: the draft whose approval was refused, for problems and the form as typed; decided: a count. */
    @Introspected
    record DraftsPage(AuthoredDeck deck, List<Entry> entries, List<KeyPointRow> keyPoints, List<String> blooms,
                      @Nullable Long failed, @Nullable List<String> problems, Map<String, String> form,
                      long decided) {
    }

    /** documentTitle, not title: the layout's own title fragment goes by that name. */
    @Introspected
    record DocumentFormPage(AuthoredDeck deck, String documentTitle, String text, @Nullable String error) {
    }

    @Get("/documents/new")
    HttpResponse<?> newDocument(String slug, Authentication authentication) {
        AuthoredDeck deck = editable.get(slug, CurrentAccount.of(authentication));
        return documentForm(HttpStatus.OK, deck, "", "", null);
    }

    /** A pasted document. */
    @Post(value = "/documents", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> paste(String slug, @Nullable @Body PasteForm form, Authentication authentication,
                          HttpRequest<?> request) {
        csrf.check(request, form == null ? null : form.csrfToken());
        AuthoredDeck deck = editable.get(slug, CurrentAccount.of(authentication));
        String title = form.title() == null ? "" : form.title().strip();
        String text = form.text() == null ? "" : form.text();
        return propose(deck, title, text.replace("\r\n", "\n"), ".txt");
    }

    /** An uploaded .txt or .md file, UTF-8. */
    @Post(value = "/documents/upload", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> upload(String slug, @Nullable @Part("csrfToken") String csrfToken,
                           @Nullable @Part("title") String title, @Nullable @Part("file") CompletedFileUpload file,
                           Authentication authentication, HttpRequest<?> request) {
        csrf.check(request, csrfToken);
        AuthoredDeck deck = editable.get(slug, CurrentAccount.of(authentication));
        String name = file == null || file.getFilename() == null ? "" : file.getFilename();
        String heading = title == null || title.isBlank() ? name.replaceAll("\\.[^.]*$", "") : title.strip();
        if (file == null || file.getSize() == 0) {
            return documentForm(HttpStatus.UNPROCESSABLE_ENTITY, deck, heading, "", "Choose a file to upload.");
        }
        if (file.getSize() > DocumentLimit.MAX_BYTES) {
            return documentForm(HttpStatus.REQUEST_ENTITY_TOO_LARGE, deck, heading, "", DocumentLimit.MESSAGE);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file.getBytes())).toString();
        } catch (CharacterCodingException e) {
            return documentForm(HttpStatus.UNPROCESSABLE_ENTITY, deck, heading, "",
                    "The file is not UTF-8 text. Save it as plain text (.txt) or Markdown (.md) and try again.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return propose(deck, heading, text.replace("\r\n", "\n"), name.toLowerCase().endsWith(".md") ? ".md" : ".txt");
    }

    private HttpResponse<?> propose(AuthoredDeck deck, String title, String text, String extension) {
        // the title's two constraints say the same thing: the first reported will do
        var titleProblem = validator.validate(new ProposedDocument(title, text)).stream().findFirst();
        if (titleProblem.isPresent()) {
            return documentForm(HttpStatus.UNPROCESSABLE_ENTITY, deck, title, text, titleProblem.get().getMessage());
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > DocumentLimit.MAX_BYTES) {
            return documentForm(HttpStatus.REQUEST_ENTITY_TOO_LARGE, deck, title, "", DocumentLimit.MESSAGE);
        }
        String name = Slugs.unique(Slugs.of(title, "document"), n -> authoring.documentExists(n + extension)) + extension;
        try {
            queue.propose(deck, name, title, text);
        } catch (NotTextException e) {
            return documentForm(HttpStatus.UNPROCESSABLE_ENTITY, deck, title, text,
                    "No drafts: " + e.getMessage() + ".");
        }
        return seeOther(deckPath(deck.slug()) + "/drafts");
    }

    @Get("/drafts")
    HttpResponse<?> drafts(String slug, Authentication authentication) {
        AuthoredDeck deck = editable.get(slug, CurrentAccount.of(authentication));
        return queuePage(HttpStatus.OK, deck, null, null, Map.of());
    }

    @Post(value = "/drafts/{id}/reject", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reject(String slug, long id, @Nullable @Body TokenForm form,
                           Authentication authentication, HttpRequest<?> request) {
        csrf.check(request, TokenForm.of(form));
        editable.get(slug, CurrentAccount.of(authentication));
        queue.rejected(queue.pending(slug, id).row());
        return seeOther(deckPath(slug) + "/drafts");
    }

    @Post(value = "/drafts/{id}/approve", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> approve(String slug, long id, @Nullable @Body ApproveForm form,
                            Authentication authentication, HttpRequest<?> request) {
        csrf.check(request, form == null ? null : form.csrfToken());
        AuthoredDeck deck = editable.get(slug, CurrentAccount.of(authentication));
        DraftQueue.Draft draft = queue.pending(slug, id);
        Map<String, SourceDocument> documents = authoring.documents(deck);
        Set<String> known = new HashSet<>();
        authoring.activeKeyPoints(slug).forEach(k -> known.add(k.id()));
        Map<String, String> typed = form.values();
        String keyPoint = typed.getOrDefault("keyPoint", "");
        boolean newKeyPoint = keyPoint.equals(NEW_KEY_POINT);
        if (newKeyPoint) {
            keyPoint = Slugs.unique(Slugs.of(draft.row().keyPointTitle(), "key-point"), authoring::keyPointExists);
            known.add(keyPoint);
        }
        String base = draft.row().document().replaceAll("\\.[^.]*$", "") + "-" + keyPoint + "-" + draft.row().type();
        String itemId = Slugs.unique(Slugs.of(base, "item"), authoring::itemExists);
        var entry = new LinkedHashMap<String, Object>();
        entry.put("id", itemId);
        entry.put("keyPoint", keyPoint);
        entry.put("type", draft.row().type());
        entry.put("bloom", typed.getOrDefault("bloom", ""));
        entry.putAll(draft.content().toMap());
        entry.put("explanation", typed.getOrDefault("explanation", ""));
        entry.put("sources", draft.sources().stream()
                .map(s -> ItemEntries.source(s, deck.documents(), documents)).toList());
        var checked = ItemEntries.check(entry, documents, deck.documents(), known);
        if (checked.item().isEmpty()) {
            return queuePage(HttpStatus.UNPROCESSABLE_ENTITY, deck, id, checked.problems(), typed);
        }
        if (newKeyPoint) {
            SourceDocument document = documents.get(draft.row().document());
            authoring.saveKeyPoint(slug, null, keyPoint, draft.row().keyPointTitle(), draft.row().keyPointTitle(),
                    "From " + (document == null ? draft.row().document() : document.title()), 3);
        }
        Item item = checked.item().get();
        authoring.saveItem(slug, null, item, ItemStatus.PUBLISHED.code());
        queue.approved(draft.row(), item.id());
        return seeOther(deckPath(slug) + "/drafts");
    }

    /** One draft as the queue shows it. */
    record Entry(DraftQueue.Draft draft, Map<String, String> fields, List<DraftPassage> passages,
                 List<String> lint) {
        public long id() {
            return draft.row().id();
        }
    }

    private HttpResponse<?> queuePage(HttpStatus status, AuthoredDeck deck, @Nullable Long failed,
                                      @Nullable List<String> problems, Map<String, String> form) {
        Map<String, SourceDocument> documents = authoring.documents(deck);
        var entries = new ArrayList<Entry>();
        for (DraftQueue.Draft d : queue.pending(deck.slug())) {
            var passages = new ArrayList<DraftPassage>();
            for (SourceSpan s : d.sources()) {
                SourceDocument document = documents.get(s.document());
                if (document != null) {
                    passages.add(DraftPassage.of(s, document));
                }
            }
            entries.add(new Entry(d, fields(d.content().toMap()), passages,
                    ItemLint.check(d.content()).stream().map(w -> w.message()).toList()));
        }
        List<KeyPointRow> keyPoints = authoring.activeKeyPoints(deck.slug());
        return page(status, "authoring/drafts", new DraftsPage(deck, entries, keyPoints, ItemForm.BLOOMS, failed,
                problems, form, queue.decided(deck.slug())));
    }

    /** Content fields as lines for the reviewer: lists joined, distractors with why they are wrong. */
    private static Map<String, String> fields(Map<String, Object> content) {
        var fields = new LinkedHashMap<String, String>();
        content.forEach((name, value) -> {
            if (value instanceof List<?> list) {
                var parts = new ArrayList<String>();
                for (Object element : list) {
                    if (element instanceof Map<?, ?> m) {
                        parts.add(m.values().stream().map(String::valueOf).reduce((a, b) -> a + " — " + b).orElse(""));
                    } else {
                        parts.add(String.valueOf(element));
                    }
                }
                fields.put(name, String.join(" · ", parts));
            } else {
                fields.put(name, String.valueOf(value));
            }
        });
        return fields;
    }

    private HttpResponse<?> documentForm(HttpStatus status, AuthoredDeck deck, String title, String text,
                                         @Nullable String error) {
        return page(status, "authoring/document-form", new DocumentFormPage(deck, title, text, error));
    }
}
