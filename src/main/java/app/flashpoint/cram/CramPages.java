package app.flashpoint.cram;

import app.flashpoint.account.CurrentAccount;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.card.CardView;
import app.flashpoint.card.DeckCards;
import app.flashpoint.card.StudyDecks;
import app.flashpoint.system.CsrfGuard;
import app.flashpoint.system.NotFoundException;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.system.FormProblems;
import io.micronaut.core.annotation.Introspected;
import jakarta.validation.Validator;
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
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import static app.flashpoint.system.PageResponses.page;
import static app.flashpoint.system.PageResponses.seeOther;

/**
 * Cram: the new-session form, the loop (one URL shows the next card; "Show answer" is a GET of it with
 * {@code reveal}, as in study), the answers (POST with CSRF and a one-time token) and "Cram again". Every
 * route with an id reads the session by id AND owner, so another learner's session is a 404 like a missing one.
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class CramPages {
    static final String TOKEN_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final Pattern TOKEN = Pattern.compile(TOKEN_PATTERN);
    /** Longer than this on one card is a learner who walked away (the same cap as study). */
    private static final long MAX_DURATION_MS = 10 * 60 * 1000;

    private final Crams crams;
    private final CramSessionRepository sessions;
    private final StudyDecks decks;
    private final CsrfGuard csrf;
    private final Validator validator;

    CramPages(Crams crams, CramSessionRepository sessions, StudyDecks decks, CsrfGuard csrf, Validator validator) {
        this.validator = validator;
        this.crams = crams;
        this.sessions = sessions;
        this.decks = decks;
        this.csrf = csrf;
    }

    /** The new-session form; the template reads its model as {@code page}. */
    @Introspected
    record FormPage(NewCramPage page) {
    }

    @Introspected
    record DonePage(CramSessionRow session, Deck deck, CramSummary summary) {
    }

    /** One card of the loop; {@code token} and {@code shown} travel with the answer form. */
    @Introspected
    record CardPage(CramSessionRow session, Deck deck, CardView view, boolean revealed, long done, int total,
                    boolean again, String token, long shown, boolean goodFirst) {
    }

    @Get("/decks/{slug}/cram/new")
    HttpResponse<?> newSession(String slug, Authentication authentication) {
        DeckCards deck = decks.of(slug, CurrentAccount.ofNullable(authentication));
        return newPage(HttpStatus.OK, deck, new CramScope(java.util.Set.of(), java.util.Set.of()),
                account(authentication), null);
    }

    @Post(value = "/decks/{slug}/cram", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> start(String slug, @Nullable @Body CramForms.Start form, Authentication authentication,
                          HttpRequest<?> request) {
        // an empty body binds to no form: still a CSRF failure (403), not a 400
        csrf.check(request, form == null ? null : form.csrfToken());
        DeckCards deck = decks.of(slug, CurrentAccount.ofNullable(authentication));
        long accountId = account(authentication);
        CramScope scope = CramScope.of(form);
        if (!scope.validFor(deck.deck())) {
            return newPage(HttpStatus.UNPROCESSABLE_ENTITY, deck, scope, accountId,
                    "Choose key points and families of this deck.");
        }
        return crams.start(accountId, deck, scope.resolve(deck.deck()))
                .<HttpResponse<?>>map(s -> seeOther("/cram/" + s.id()))
                .orElseGet(() -> newPage(HttpStatus.UNPROCESSABLE_ENTITY, deck, scope, accountId,
                        "Those key points have no cards. Choose others."));
    }

    /** The next card's front; its back when {@code reveal} is sent; the summary once every card is done. */
    @Get("/cram/{id}")
    HttpResponse<?> loop(long id, Authentication authentication, @Nullable @QueryValue String card,
                         @Nullable @QueryValue String reveal, @Nullable @QueryValue String token,
                         @Nullable @QueryValue Long shown, @Nullable @QueryValue Integer choice,
                         @Nullable @QueryValue Boolean truth, @Nullable @QueryValue String answer, HttpRequest<?> request) {
        CramSessionRow session = owned(id, authentication);
        DeckCards deck = decks.of(session.deckSlug(), CurrentAccount.of(authentication));
        List<CramCardRow> rows = crams.cards(session);
        if (session.finished()) {
            return page("cram/done", new DonePage(session, deck.deck(), CramSummary.of(deck, rows)));
        }
        Optional<CramCardRow> asked = card == null ? Optional.empty()
                : Optional.of(rows.stream().filter(r -> r.cardId().equals(card)).findFirst()
                        .orElseThrow(() -> NotFoundException.of("card", card)));
        if (asked.isPresent() && asked.get().done()) {
            return seeOther("/cram/" + id); // answered meanwhile (back button, another tab): on to the next one
        }
        CramCardRow row = asked.orElseGet(() -> rows.stream().filter(r -> !r.done()).findFirst().orElseThrow());
        Card shownCard = deck.card(row.cardId()).orElse(null);
        if (shownCard == null) {
            // the bank dropped this card since the session began: nothing left to ask
            crams.drop(session, row);
            return seeOther("/cram/" + id);
        }
        boolean revealed = reveal != null;
        // attempts as the shuffle's seed: a card that comes round again shows its options in a new order
        CardView view = CardView.of(shownCard, deck.item(shownCard), session.accountId(), row.attempts(),
                revealed ? CardView.Answer.of(choice, truth, answer, shownCard, request.getParameters()::get)
                        : CardView.Answer.NONE);
        long done = rows.stream().filter(CramCardRow::done).count();
        return page("cram/card", new CardPage(session, deck.deck(), view, revealed, done, rows.size(), row.wrong() > 0,
                token != null && TOKEN.matcher(token).matches() ? token : UUID.randomUUID().toString(),
                shown != null ? shown : crams.now(), view.suggested() != 1));
    }

    @Post(value = "/cram/{id}/answers", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> answer(long id, @Nullable @Body CramForms.Answer form, Authentication authentication,
                           HttpRequest<?> request) {
        csrf.check(request, form == null ? null : form.csrfToken());
        CramSessionRow session = owned(id, authentication);
        String cardId = CramForms.stripped(form.card());
        CramCardRow row = crams.cards(session).stream().filter(r -> r.cardId().equals(cardId)).findFirst()
                .orElseThrow(() -> NotFoundException.of("card", cardId));
        // the rating is reported before the token, as before the form was a record
        var problems = FormProblems.byField(validator.validate(form));
        for (String field : List.of("rating", "token")) {
            if (problems.containsKey(field)) {
                throw new HttpStatusException(HttpStatus.BAD_REQUEST, problems.get(field));
            }
        }
        String rating = CramForms.stripped(form.rating());
        String token = CramForms.stripped(form.token());
        long spent = 0;
        try {
            spent = crams.now() - Long.parseLong(CramForms.stripped(form.shown()));
        } catch (NumberFormatException e) {
            // no start time: the answer still counts, its time does not
        }
        int duration = (int) Math.max(0, Math.min(spent, MAX_DURATION_MS));
        crams.answer(session, row, rating.equals("3"), token, duration);
        return seeOther("/cram/" + id);
    }

    /** A new session over the same key points (as the deck has them now). */
    @Post(value = "/cram/{id}/again", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> again(long id, @Nullable @Body CramForms.Token form, Authentication authentication,
                          HttpRequest<?> request) {
        csrf.check(request, form == null ? null : form.csrfToken());
        CramSessionRow session = owned(id, authentication);
        DeckCards deck = decks.of(session.deckSlug(), CurrentAccount.of(authentication));
        return crams.start(session.accountId(), deck, session.keyPointIds())
                .<HttpResponse<?>>map(s -> seeOther("/cram/" + s.id()))
                .orElseGet(() -> seeOther("/decks/" + deck.slug() + "/cram/new"));
    }

    private CramSessionRow owned(long id, Authentication authentication) {
        return sessions.findByIdAndAccountId(id, account(authentication))
                .orElseThrow(() -> new NotFoundException("No cram session " + id));
    }

    private HttpResponse<?> newPage(HttpStatus status, DeckCards deck, CramScope scope, long accountId,
                                    @Nullable String error) {
        var unfinished = sessions.findByAccountIdAndDeckSlugAndFinishedAtIsNullOrderByStartedAtDesc(accountId, deck.slug())
                .stream().map(s -> {
                    List<CramCardRow> rows = crams.cards(s);
                    return new NewCramPage.Unfinished(s.id(), (int) rows.stream().filter(CramCardRow::done).count(), rows.size());
                }).toList();
        return page(status, "cram/new", new FormPage(NewCramPage.of(deck, scope, unfinished, error)));
    }

    private static long account(Authentication authentication) {
        return CurrentAccount.of(authentication).id();
    }
}
