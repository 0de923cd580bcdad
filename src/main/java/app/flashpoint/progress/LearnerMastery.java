package app.flashpoint.progress;

import app.flashpoint.history.CardStateRow;
import app.flashpoint.history.CardStateRepository;

import app.flashpoint.core.fsrs.Scheduler;
import app.flashpoint.core.fsrs.SchedulerSettings;
import app.flashpoint.core.generate.cards.Card;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Mastery of key points, as the dashboard defines it (docs/progress.md): the mean probability of recall now
 * over a key point's cards, by the learner's own weights, a card never reviewed counting as 0. Public so an
 * instructor's class view reads the same figure a learner sees on their dashboard.
 */
@Singleton
public class LearnerMastery {
    private final CardStateRepository states;
    private final PersonalWeights weights;
    private final Clock clock;

    LearnerMastery(CardStateRepository states, PersonalWeights weights, Clock clock) {
        this.states = states;
        this.weights = weights;
        this.clock = clock;
    }

    /** Sum of the recall probabilities of some cards, and how many of them were ever reviewed. */
    record Recall(double sum, int reviewed) {
    }

    /**
     * Mean recall now (0..1) per key point id of {@code cards} (a deck's cards, from {@code Cards.of}), for
     * one learner; key points in the order their first card comes.
     */
    public Map<String, Double> byKeyPoint(long accountId, List<Card> cards) {
        Map<String, CardStateRow> byCard = reviewedCards(states.findByAccountId(accountId));
        Scheduler scheduler = scheduler(accountId);
        Instant now = clock.instant();
        Map<String, List<Card>> byKeyPoint = cards.stream()
                .collect(Collectors.groupingBy(Card::keyPoint, LinkedHashMap::new, Collectors.toList()));
        Map<String, Double> result = new LinkedHashMap<>();
        byKeyPoint.forEach((keyPoint, its) -> result.put(keyPoint,
                recall(its, byCard, scheduler, now).sum() / its.size()));
        return result;
    }

    Scheduler scheduler(long accountId) {
        return new Scheduler(SchedulerSettings.defaults().withParameters(weights.forAccount(accountId)));
    }

    /** The rows of cards that have been reviewed, by card id. */
    static Map<String, CardStateRow> reviewedCards(List<CardStateRow> rows) {
        return rows.stream().filter(s -> !s.isNew())
                .collect(Collectors.toMap(CardStateRow::cardId, Function.identity(), (a, b) -> a));
    }

    static Recall recall(List<Card> cards, Map<String, CardStateRow> byCard, Scheduler scheduler, Instant now) {
        double sum = 0;
        int reviewed = 0;
        for (Card card : cards) {
            CardStateRow s = byCard.get(card.id());
            if (s != null) {
                double r = scheduler.retrievability(s.toCardState(), now);
                sum += Double.isFinite(r) ? Math.max(0, Math.min(1, r)) : 0;
                reviewed++;
            }
        }
        return new Recall(sum, reviewed);
    }
}
