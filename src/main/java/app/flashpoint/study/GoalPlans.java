package app.flashpoint.study;

import app.flashpoint.card.DeckCards;
import app.flashpoint.core.bank.KeyPoint;
import app.flashpoint.core.fsrs.CardState;
import app.flashpoint.core.fsrs.ReadyBy;
import app.flashpoint.core.fsrs.Scheduler;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.history.CardStateRepository;
import app.flashpoint.history.CardStateRow;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A learner's "ready by" goals in a deck, planned card by card with {@link ReadyBy} and the learner's own scheduler:
 * which cards the goals want reviewed today (the queue adds them), and the recall each key point is predicted to
 * have at the goal with the plan and without it.
 */
@Singleton
public class GoalPlans {
    /**
     * One learner's predicted recall at a goal, averaged over its cards: if they study as planned, and with the
     * ordinary schedule only; {@code atTarget} is the share of cards the plan brings to the target.
     */
    public record Forecast(int cards, double withPlan, double withoutPlan, double atTarget) {
        public int withPlanPercent() {
            return (int) Math.floor(withPlan * 100);
        }

        public int withoutPlanPercent() {
            return (int) Math.floor(withoutPlan * 100);
        }
    }

    /** {@code accountId}'s forecast for {@code goal} in {@code deck}, with their own scheduler (for an instructor's view). */
    public Forecast forecast(long accountId, DeckCards deck, ReadyByGoal goal) {
        Map<String, CardStateRow> rows = states.findByAccountIdAndDeckSlug(accountId, deck.slug()).stream()
                .collect(Collectors.toMap(CardStateRow::cardId, Function.identity()));
        Scheduler scheduler = study.scheduler(accountId, deck.slug());
        Instant now = day.now();
        var target = new ReadyBy.Goal(Instant.ofEpochMilli(goal.at()), goal.targetRecall());
        int cards = 0;
        double with = 0;
        double without = 0;
        int reached = 0;
        for (Card card : deck.cards()) {
            if (goal.covers(card.keyPoint())) {
                ReadyBy.Plan plan = plan(accountId, scheduler, card, rows.get(card.id()), now, target);
                cards++;
                with += plan.recall();
                without += plan.plainRecall();
                reached += plan.reachesTarget() ? 1 : 0;
            }
        }
        return cards == 0 ? new Forecast(0, 0, 0, 0)
                : new Forecast(cards, with / cards, without / cards, (double) reached / cards);
    }

    /** One key point of a goal: mean predicted recall at the goal with the plan and with the ordinary schedule only. */
    record KeyPointForecast(String title, int cards, double withPlan, double withoutPlan, int today, int shortOfTarget) {
        public int withPlanPercent() {
            return (int) Math.floor(withPlan * 100);
        }

        public int withoutPlanPercent() {
            return (int) Math.floor(withoutPlan * 100);
        }
    }

    /** {@code today}: the goal's cards to review today beyond the ordinary schedule; {@code added}: all it adds. */
    record GoalForecast(StudyGoalRow goal, List<KeyPointForecast> keyPoints, int today, int added, boolean past) {
        public int targetPercent() {
            return (int) Math.round(goal.targetRecall() * 100);
        }

        public boolean anyShort() {
            return keyPoints.stream().anyMatch(k -> k.shortOfTarget() > 0);
        }
    }

    private final Study study;
    private final StudyDay day;
    private final CardStateRepository states;
    private final StudyGoalRepository goals;
    private final StudyCache cache;

    GoalPlans(Study study, StudyDay day, CardStateRepository states, StudyGoalRepository goals, StudyCache cache) {
        this.study = study;
        this.day = day;
        this.states = states;
        this.goals = goals;
        this.cache = cache;
    }

    /** The queue reads goals with the learner-deck's snapshot: a change of goals is a new study version. */
    @Transactional
    void save(StudyGoalRow goal) {
        goals.save(goal);
        cache.written(goal.accountId(), goal.deckSlug());
    }

    @Transactional
    void delete(StudyGoalRow goal) {
        goals.delete(goal);
        cache.written(goal.accountId(), goal.deckSlug());
    }

    List<StudyGoalRow> goals(long accountId, String slug) {
        return goals.findByAccountIdAndDeckSlugOrderByGoalAt(accountId, slug);
    }

    List<GoalForecast> forecasts(long accountId, DeckCards deck) {
        List<StudyGoalRow> mine = goals(accountId, deck.slug());
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<String, CardStateRow> rows = states.findByAccountIdAndDeckSlug(accountId, deck.slug()).stream()
                .collect(Collectors.toMap(CardStateRow::cardId, Function.identity()));
        Scheduler scheduler = study.scheduler(accountId, deck.slug());
        Instant now = day.now();
        Instant endOfToday = day.startOfTomorrow(accountId);
        var out = new ArrayList<GoalForecast>();
        for (StudyGoalRow goal : mine) {
            boolean past = !Instant.ofEpochMilli(goal.goalAt()).isAfter(now);
            var target = new ReadyBy.Goal(Instant.ofEpochMilli(goal.goalAt()), goal.targetRecall());
            var keyPoints = new ArrayList<KeyPointForecast>();
            int today = 0;
            int added = 0;
            for (KeyPoint k : deck.deck().keyPoints()) {
                if (!goal.covers(k.id())) {
                    continue;
                }
                int cards = 0;
                double with = 0;
                double without = 0;
                int due = 0;
                int shortOf = 0;
                for (Card card : deck.cards()) {
                    if (!card.keyPoint().equals(k.id())) {
                        continue;
                    }
                    ReadyBy.Plan plan = plan(accountId, scheduler, card, rows.get(card.id()), now, target);
                    cards++;
                    with += plan.recall();
                    without += plan.plainRecall();
                    due += plan.reviewBy(endOfToday) ? 1 : 0;
                    added += plan.extraReviews().size();
                    shortOf += plan.reachesTarget() ? 0 : 1;
                }
                if (cards > 0) {
                    keyPoints.add(new KeyPointForecast(k.title(), cards, with / cards, without / cards, due, shortOf));
                    today += due;
                }
            }
            out.add(new GoalForecast(goal, keyPoints, today, added, past));
        }
        return out;
    }

    /** The cards any of {@code goals} wants reviewed by {@code endOfToday} beyond their ordinary schedule. */
    static Set<String> wantedToday(long accountId, DeckCards deck, List<ReadyByGoal> goals, Map<String, CardStateRow> rows,
                                   Scheduler scheduler, Instant now, Instant endOfToday) {
        var wanted = new HashSet<String>();
        for (ReadyByGoal goal : goals) {
            if (!Instant.ofEpochMilli(goal.at()).isAfter(now)) {
                continue;
            }
            var target = new ReadyBy.Goal(Instant.ofEpochMilli(goal.at()), goal.targetRecall());
            for (Card card : deck.cards()) {
                if (goal.covers(card.keyPoint()) && !wanted.contains(card.id())
                        && plan(accountId, scheduler, card, rows.get(card.id()), now, target).reviewBy(endOfToday)) {
                    wanted.add(card.id());
                }
            }
        }
        return wanted;
    }

    private static ReadyBy.Plan plan(long accountId, Scheduler scheduler, Card card, CardStateRow row, Instant now,
                                     ReadyBy.Goal goal) {
        CardState state = row == null ? CardState.newCard(now) : row.toCardState();
        return ReadyBy.plan(scheduler, state, now, goal, Study.cardSeed(accountId, card.id()));
    }
}
