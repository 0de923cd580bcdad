package app.flashpoint.study;

import app.flashpoint.card.CardView;
import app.flashpoint.card.DeckCards;
import app.flashpoint.card.StudyDecks;

import app.flashpoint.history.CardStateRow;

import app.flashpoint.account.CurrentAccount;
import app.flashpoint.core.fsrs.CardState;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.system.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.micronaut.core.annotation.Introspected;
import app.flashpoint.core.bank.Deck;
import java.util.List;
import static app.flashpoint.system.PageResponses.view;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The study page. One URL shows the next card's front; "Show answer" is a GET of the same URL with
 * {@code reveal} (works without JavaScript), carrying the card, the one-time answer token, the card's
 * review count and the learner's response. Anonymous visitors are offered to start as a guest.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/study")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class StudyPages {
    static final Pattern TOKEN = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final StudyDecks decks;
    private final Study study;
    private final StudyDay day;

    StudyPages(StudyDecks decks, Study study, StudyDay day) {
        this.decks = decks;
        this.study = study;
        this.day = day;
    }

    @Get("/{slug}")
    ModelAndView<Map<String, Object>> study(String slug, @Nullable Authentication authentication,
                                            @Nullable @QueryValue String card, @Nullable @QueryValue String reveal,
                                            @Nullable @QueryValue String token, @Nullable @QueryValue Long shown,
                                            @Nullable @QueryValue Integer choice, @Nullable @QueryValue Boolean truth,
                                            @Nullable @QueryValue String answer, @Nullable @QueryValue String undone,
                                            @Nullable @QueryValue String leech, HttpRequest<?> request) {
        DeckCards deck = decks.of(slug, CurrentAccount.ofNullable(authentication));
        if (authentication == null) {
            return view("study/start", new StartPage(deck.deck()));
        }
        long accountId = CurrentAccount.of(authentication).id();
        Study.Plan plan = study.plan(accountId, deck);
        StudyQueue queue = plan.queue();
        Today today = plan.today();
        HeldCard leechNotice = leechNotice(accountId, deck, plan, leech);
        int suspended = (int) plan.flags().values().stream().filter(f -> f.suspended()).count();
        Card shownCard;
        if (card != null) {
            shownCard = deck.card(card).orElseThrow(() -> NotFoundException.of("card", card));
        } else if (!queue.isEmpty()) {
            shownCard = queue.next().card();
        } else {
            Instant now = day.now();
            var next = study.nextDue(accountId, plan, deck);
            long seconds = next.map(n -> Duration.between(now, n).getSeconds()).orElse(-1L);
            return view("study/summary", new SummaryPage(deck.deck(), today,
                    next.map(n -> Intervals.until(now, n)).orElse(null),
                    next.map(n -> n.atZone(day.zone(accountId)).toLocalDateTime().withNano(0).toString()
                            .replace('T', ' ')).orElse(null),
                    seconds >= 0 && seconds <= COUNTDOWN.getSeconds() ? seconds : -1, leechNotice, suspended));
        }
        var row = plan.state(shownCard.id());
        int reps = row.map(CardStateRow::reps).orElse(0);
        boolean revealed = reveal != null;
        CardView view = CardView.of(shownCard, deck.item(shownCard), accountId, reps,
                revealed ? CardView.Answer.of(choice, truth, answer, shownCard, request.getParameters()::get)
                        : CardView.Answer.NONE);
        List<RatingButton> buttons = List.of();
        if (revealed) {
            Instant now = day.now();
            CardState state = row.map(CardStateRow::toCardState).orElseGet(() -> CardState.newCard(now));
            buttons = RatingButton.of(plan.scheduler()
                    .preview(state, now, Study.cardSeed(accountId, shownCard.id())), view.suggested());
        }
        return view("study/card", new CardPage(deck.deck(), queue, today, view, reps, revealed, undone != null,
                token != null && TOKEN.matcher(token).matches() ? token : UUID.randomUUID().toString(),
                shown != null ? shown : day.now().toEpochMilli(), buttons, leechNotice, suspended));
    }

    /** The notice after an answer made {@code cardId} a leech, if it is one of this learner's leeches. */
    private HeldCard leechNotice(long accountId, DeckCards deck, Study.Plan plan, @Nullable String cardId) {
        if (cardId == null) {
            return null;
        }
        var flag = plan.flag(cardId).filter(f -> f.leech());
        var card = deck.card(cardId);
        if (flag.isEmpty() || card.isEmpty()) {
            return null;
        }
        return HeldCard.of(deck, card.get(), accountId, plan.state(cardId).orElse(null), flag.get(), day.now().toEpochMilli());
    }

    @Introspected
    record StartPage(Deck deck) {
    }

    /** Up to this long before the next card is due, the summary counts down and brings it back itself. */
    static final Duration COUNTDOWN = Duration.ofMinutes(20);

    /**
     * {@code nextDue} is how long until the next card is due, {@code nextDueAt} when, in the study's zone;
     * {@code secondsUntilNext} the same in seconds when it is within {@link #COUNTDOWN} (a card being learnt
     * coming back), else -1.
     */
    @Introspected
    record SummaryPage(Deck deck, Today today, @Nullable String nextDue, @Nullable String nextDueAt,
                       long secondsUntilNext, @Nullable HeldCard leech, int suspendedCount) {
    }

    /**
     * {@code buttons} are the ratings with their intervals, once the answer is shown; {@code leech} the card the
     * last answer made a leech, if it did; {@code suspendedCount} how many of the deck's cards the learner suspended.
     */
    @Introspected
    record CardPage(Deck deck, StudyQueue queue, Today today, CardView view, int reps, boolean revealed,
                    boolean undone, String token, long shown, List<RatingButton> buttons, @Nullable HeldCard leech,
                    int suspendedCount) {
    }
}
