package app.flashpoint.study;

import app.flashpoint.card.CardFronts;
import app.flashpoint.card.CardView;
import app.flashpoint.card.DeckCards;
import app.flashpoint.card.StudyDecks;

import app.flashpoint.account.CurrentAccount;
import app.flashpoint.core.bank.ClozeText;
import app.flashpoint.core.bank.ItemContent;
import app.flashpoint.core.fsrs.CardState;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.core.generate.cards.CardFace;
import app.flashpoint.core.generate.cards.Option;
import app.flashpoint.system.CsrfGuard;
import app.flashpoint.system.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Daily study as JSON, for the study page's script (and any other client): the next card's front with its
 * one-time answer token and the interval each rating gives, and one POST per review that records the
 * rating and answers with the card after it. Same rules as the form path ({@link AnswerActions}): the
 * signed-in learner's rows only, a token recorded once, CSRF checked (header {@value CsrfGuard#HEADER}),
 * bad input a 4xx with a JSON reason.
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/api/study")
@Produces(MediaType.APPLICATION_JSON)
@ExecuteOn(TaskExecutors.BLOCKING)
class StudyApi {
    private final StudyDecks decks;
    private final Study study;
    private final StudyDay day;
    private final CsrfGuard csrf;
    private final GroupCommit answers;
    private final CardFronts fronts;
    private final StudyCache cache;

    StudyApi(StudyDecks decks, Study study, StudyDay day, CsrfGuard csrf, GroupCommit answers, CardFronts fronts,
             StudyCache cache) {
        this.cache = cache;
        this.fronts = fronts;
        this.decks = decks;
        this.study = study;
        this.day = day;
        this.csrf = csrf;
        this.answers = answers;
    }

    /** The next card, or {@code card: null} with when the next one is due once nothing is left today. */
    @Serdeable
    record Next(@Nullable Front card, Counts counts, @Nullable String nextDue) {
    }

    @Serdeable
    record Counts(int newCards, int learning, int reviews, int answeredToday) {
    }

    /**
     * A card's front: what the page shows before "Show answer" (never the answer). {@code options} are
     * multiple-choice texts in this learner's order, {@code elements} the shuffled ordering or matching
     * items, {@code lefts} the matching prompts; {@code token}, {@code reps} and {@code shown} go back with
     * the rating. {@code html} is the same front as the study page draws it ({@code views/card/front.html}):
     * the page's script puts it in place of the card it just rated.
     */
    @Serdeable
    record Front(String key, String kind, String label, @Nullable String prompt, List<Gap> cloze,
                 List<String> options, List<String> elements, List<String> lefts, String token, int reps,
                 long shown, List<RatingButton> intervals, String html) {
    }

    @Serdeable
    record Gap(String text, boolean blank, @Nullable String hint) {
    }

    @Serdeable
    record Response(@Nullable Integer choice, @Nullable Boolean truth, @Nullable String answer) {
    }

    @Serdeable
    record Rated(@Nullable String card, @Nullable Integer rating, @Nullable String token, @Nullable Integer reps,
                 @Nullable Long shown, @Nullable Response response) {
    }

    /**
     * {@code result}: {@code recorded}, {@code already_recorded} (this token was sent before) or {@code stale}
     * (the card was answered elsewhere since it was shown; this rating was dropped). {@code mark} is the
     * objective check of the response sent, if any.
     */
    @Serdeable
    record Result(String result, @Nullable String mark, @Nullable Leech leech, Next next) {
    }

    @Get("/{slug}/next")
    Next next(String slug, Authentication authentication, HttpRequest<?> request) {
        return next(CurrentAccount.of(authentication).id(), decks.of(slug, CurrentAccount.ofNullable(authentication)),
                request);
    }

    @Post(value = "/{slug}/answers", consumes = MediaType.APPLICATION_JSON)
    Result answer(String slug, @Nullable @Body Rated body, Authentication authentication, HttpRequest<?> request) {
        csrf.checkHeader(request);
        if (body == null) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "send a JSON object with card, rating, token and reps");
        }
        long accountId = CurrentAccount.of(authentication).id();
        DeckCards deck = decks.of(slug, CurrentAccount.ofNullable(authentication));
        Study.Answer answer = new AnswerInput(body.card(), body.rating(), body.token(), body.reps(), body.shown())
                .toAnswer(accountId, deck, day.now(), study);
        Study.Outcome outcome = answers.record(answer);
        Study.Recorded recorded = outcome.recorded();
        Response r = body.response();
        String mark = null;
        if (r != null) {
            var checked = CardView.of(answer.card(), deck.item(answer.card()), accountId, answer.expectedReps(),
                    new CardView.Answer(r.choice(), r.truth(), r.answer())).mark();
            mark = checked == null ? null : checked.name().toLowerCase(Locale.ROOT);
        }
        Leech leech = null;
        if (outcome.madeLeech()) {
            Study.Plan plan = study.plan(accountId, deck);
            leech = Leech.of(HeldCard.of(deck, answer.card(), accountId, plan.state(answer.card().id()).orElse(null),
                    plan.flag(answer.card().id()).orElse(null), day.now().toEpochMilli()));
        }
        return new Result(recorded.name().toLowerCase(Locale.ROOT), mark, leech, next(accountId, deck, request));
    }

    /**
     * Set when the answer made the card a leech: how often it was forgotten, whether the leech rule suspended it,
     * and where to reread it ({@code passage}: the source passage, or the item page when it has no source).
     */
    @Serdeable
    record Leech(String card, int lapses, boolean suspended, String passage, boolean fromSource) {
        static Leech of(HeldCard held) {
            return new Leech(held.cardId(), held.lapses(), held.suspended(), held.passage(), held.fromSource());
        }
    }

    /** After suspend, unsuspend or bury: the card's flags now and the next card to study. */
    @Serdeable
    record Held(String card, boolean suspended, boolean buried, Next next) {
    }

    @Post(value = "/{slug}/cards/{cardId}/suspend")
    Held suspend(String slug, String cardId, Authentication authentication, HttpRequest<?> request) {
        return hold(slug, cardId, authentication, request, Hold.SUSPEND);
    }

    @Post(value = "/{slug}/cards/{cardId}/unsuspend")
    Held unsuspend(String slug, String cardId, Authentication authentication, HttpRequest<?> request) {
        return hold(slug, cardId, authentication, request, Hold.UNSUSPEND);
    }

    @Post(value = "/{slug}/cards/{cardId}/bury")
    Held bury(String slug, String cardId, Authentication authentication, HttpRequest<?> request) {
        return hold(slug, cardId, authentication, request, Hold.BURY);
    }

    private enum Hold { SUSPEND, UNSUSPEND, BURY }

    private Held hold(String slug, String cardId, Authentication authentication, HttpRequest<?> request, Hold hold) {
        csrf.checkHeader(request);
        long accountId = CurrentAccount.of(authentication).id();
        DeckCards deck = decks.of(slug, CurrentAccount.ofNullable(authentication));
        Card card = deck.card(cardId).orElseThrow(() -> NotFoundException.of("card", cardId));
        switch (hold) {
            case SUSPEND -> study.suspend(accountId, deck, card, true);
            case UNSUSPEND -> study.suspend(accountId, deck, card, false);
            case BURY -> study.bury(accountId, deck, card);
        }
        cache.forget(accountId, slug); // committed: the next read rebuilds the queue
        Study.Plan plan = study.plan(accountId, deck);
        var flag = plan.flag(cardId);
        long now = day.now().toEpochMilli();
        return new Held(cardId, flag.map(f -> f.suspended()).orElse(false), flag.map(f -> f.buried(now)).orElse(false),
                next(accountId, deck, request));
    }

    private Next next(long accountId, DeckCards deck, HttpRequest<?> request) {
        Study.Plan plan = study.plan(accountId, deck);
        StudyQueue queue = plan.queue();
        var counts = new Counts(queue.newCards(), queue.learning(), queue.reviews(), plan.today().answers());
        if (queue.isEmpty()) {
            Instant now = day.now();
            return new Next(null, counts, study.nextDue(accountId, plan, deck).map(n -> Intervals.until(now, n)).orElse(null));
        }
        StudyQueue.Entry entry = queue.next();
        Card card = entry.card();
        int reps = entry.state() == null ? 0 : entry.state().reviewCount();
        Instant now = day.now();
        CardState state = entry.state() == null ? CardState.newCard(now) : entry.state();
        var buttons = RatingButton.of(plan.scheduler().preview(state, now, Study.cardSeed(accountId, card.id())), 0);
        CardView view = CardView.of(card, deck.item(card), accountId, reps, CardView.Answer.NONE);
        List<String> lefts = card.face() instanceof CardFace.Matching m
                ? m.pairs().stream().map(ItemContent.Pair::left).toList() : List.of();
        String token = UUID.randomUUID().toString();
        String html = fronts.render(view, "/study/" + deck.slug(), token, now.toEpochMilli(), request);
        return new Next(new Front(card.id(), view.kind(), view.label(), view.prompt(),
                view.cloze().stream().map(StudyApi::gap).toList(), view.options().stream().map(Option::text).toList(),
                view.elements(), lefts, token, reps, now.toEpochMilli(), buttons, html), counts, null);
    }

    /** A blank's text is the answer: the front gives only its hint. */
    private static Gap gap(ClozeText.Segment s) {
        return new Gap(s.blank() ? "" : s.text(), s.blank(), s.hint());
    }
}
