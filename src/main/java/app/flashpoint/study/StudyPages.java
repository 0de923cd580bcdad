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

import java.time.Instant;
import java.util.HashMap;
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
                                            @Nullable @QueryValue String answer, @Nullable @QueryValue String undone) {
        DeckCards deck = decks.of(slug, CurrentAccount.ofNullable(authentication));
        if (authentication == null) {
            return new ModelAndView<>("study/start", model("deck", deck.deck()));
        }
        long accountId = CurrentAccount.of(authentication).id();
        Study.Plan plan = study.plan(accountId, deck);
        StudyQueue queue = plan.queue();
        Today today = plan.today();
        Card shownCard;
        if (card != null) {
            shownCard = deck.card(card).orElseThrow(() -> NotFoundException.of("card", card));
        } else if (!queue.isEmpty()) {
            shownCard = queue.next().card();
        } else {
            Instant now = day.now();
            var next = study.nextDue(plan, deck);
            return new ModelAndView<>("study/summary", model("deck", deck.deck(), "today", today,
                    "nextDue", next.map(n -> Intervals.until(now, n)).orElse(null),
                    "nextDueAt", next.map(n -> n.atZone(day.zone()).toLocalDateTime().withNano(0).toString()
                            .replace('T', ' ')).orElse(null)));
        }
        var row = plan.state(shownCard.id());
        int reps = row.map(CardStateRow::reps).orElse(0);
        boolean revealed = reveal != null;
        CardView view = CardView.of(shownCard, deck.item(shownCard), accountId, reps,
                revealed ? new CardView.Answer(choice, truth, answer) : CardView.Answer.NONE);
        Map<String, Object> model = model("deck", deck.deck(), "queue", queue, "today", today, "view", view,
                "reps", reps, "revealed", revealed, "undone", undone != null,
                "token", token != null && TOKEN.matcher(token).matches() ? token : UUID.randomUUID().toString(),
                "shown", shown != null ? shown : day.now().toEpochMilli());
        if (revealed) {
            Instant now = day.now();
            CardState state = row.map(CardStateRow::toCardState).orElseGet(() -> CardState.newCard(now));
            model.put("buttons", RatingButton.of(plan.scheduler()
                    .preview(state, now, Study.cardSeed(accountId, shownCard.id())), view.suggested()));
        }
        return new ModelAndView<>("study/card", model);
    }

    static Map<String, Object> model(Object... keysAndValues) {
        var model = new HashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            model.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return model;
    }
}
