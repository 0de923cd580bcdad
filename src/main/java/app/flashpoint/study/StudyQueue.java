package app.flashpoint.study;

import app.flashpoint.card.DeckCards;

import app.flashpoint.history.CardFlagRow;
import app.flashpoint.history.CardStateRow;

import app.flashpoint.core.fsrs.CardState;
import app.flashpoint.core.fsrs.Scheduler;
import app.flashpoint.core.fsrs.State;
import app.flashpoint.core.generate.cards.Card;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a learner studies next in one deck: (re)learning cards due now (earliest first, so short steps are
 * kept), then review cards due (lowest retrievability first, so the most-forgotten are saved first when
 * the daily limit cuts the list), then new cards in deck order. Cards a "ready by" goal wants today count as due. Review and new cards are capped by what
 * is left of today's limits; learning cards never are, as a card half-learnt would otherwise be lost.
 * {@code learning} counts every card in (re)learning, due now or in a few minutes, as Anki's learning count
 * does: a learner who pressed Again sees that the card is still to come. Public only because the templates
 * read its counts by reflection. A suspended card never comes up, a buried one not before its burial ends
 * ({@link CardFlagRow}); neither counts anywhere.
 */
public record StudyQueue(List<Entry> entries, int learning, int reviews, int newCards) {

    enum Kind { LEARNING, REVIEW, NEW }

    /** {@code state} is null for a card this learner has never answered. */
    record Entry(Card card, Kind kind, CardState state) {
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    Entry next() {
        return entries.get(0);
    }

    static StudyQueue build(DeckCards deck, Map<String, CardStateRow> states, Map<String, CardFlagRow> flags,
                            Instant now, Scheduler scheduler, int newLeft, int reviewsLeft) {
        return build(deck, states, flags, now, scheduler, newLeft, reviewsLeft, Set.of());
    }

    /**
     * {@code wanted}: cards a "ready by" goal wants reviewed today though they are not due ({@link GoalPlans}): review
     * cards among them join the reviews, new ones come first among the new cards; both within today's limits (and
     * never a suspended or buried one).
     */
    static StudyQueue build(DeckCards deck, Map<String, CardStateRow> states, Map<String, CardFlagRow> flags,
                            Instant now, Scheduler scheduler, int newLeft, int reviewsLeft, Set<String> wanted) {
        long nowMillis = now.toEpochMilli();
        var learning = new ArrayList<Entry>();
        var reviews = new ArrayList<Entry>();
        var fresh = new ArrayList<Entry>();
        var wantedFresh = new ArrayList<Entry>();
        int inLearning = 0;
        List<Card> cards = deck.cards();
        for (int i = 0; i < cards.size(); i++) {
            Card card = cards.get(i);
            CardFlagRow flag = flags.isEmpty() ? null : flags.get(deck.ids().get(i));
            if (flag != null && (flag.suspended() || flag.buried(nowMillis))) {
                continue;
            }
            CardStateRow row = states.get(deck.ids().get(i));
            CardState state = row == null ? null : row.toCardState();
            if (state == null || state.state() == State.NEW) {
                if (wanted.contains(card.id())) {
                    wantedFresh.add(new Entry(card, Kind.NEW, state));
                } else if (fresh.size() < newLeft) {
                    fresh.add(new Entry(card, Kind.NEW, state));
                }
            } else if (state.state() != State.REVIEW && state.due().isAfter(now)) {
                inLearning++;
            } else if (!state.due().isAfter(now) || wanted.contains(card.id())) {
                (state.state() == State.REVIEW ? reviews : learning)
                        .add(new Entry(card, state.state() == State.REVIEW ? Kind.REVIEW : Kind.LEARNING, state));
            }
        }
        if (!wantedFresh.isEmpty()) {
            wantedFresh.addAll(fresh);
            fresh = new ArrayList<>(wantedFresh.subList(0, Math.min(wantedFresh.size(), Math.max(newLeft, 0))));
        }
        learning.sort(Comparator.comparing((Entry e) -> e.state().due()));
        reviews.sort(Comparator.comparingDouble((Entry e) -> scheduler.retrievability(e.state(), now))
                .thenComparing(e -> e.state().due()));
        List<Entry> cappedReviews = reviews.subList(0, Math.min(reviews.size(), Math.max(reviewsLeft, 0)));
        var all = new ArrayList<Entry>(learning);
        all.addAll(cappedReviews);
        all.addAll(fresh);
        return new StudyQueue(List.copyOf(all), learning.size() + inLearning, cappedReviews.size(), fresh.size());
    }
}
