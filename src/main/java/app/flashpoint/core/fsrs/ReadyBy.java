package app.flashpoint.core.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;

/**
 * "Ready by": the fewest reviews that bring a card's predicted recall at a moment (a seminar, an exam) up to a
 * target, on top of its ordinary schedule, which is left as it is. The plan follows the card forward from now as
 * the scheduler would, assuming each review is recalled (Good): when its ordinary reviews already leave it at or
 * above the target at the goal (by the forgetting curve over the real time to it), nothing is added. Otherwise one review is added on the earliest day that, with the
 * ordinary reviews it leads to, reaches the target in the fewest reviews; when no single added review is enough
 * (a weak card, a strict target), two. Plans are recomputed from the card's state whenever it changes, so an added
 * review that was done (or missed) simply makes the next plan. See docs/ready-by.md.
 */
public final class ReadyBy {
    /** Past this many candidate days the pair search keeps its second review on the last day (its cost is n²). */
    private static final int PAIR_SEARCH_DAYS = 60;
    /** The farthest a goal is planned for: beyond a year the ordinary schedule is what there is. */
    private static final int MAX_DAYS = 366;

    private ReadyBy() {
    }

    /** Recall of at least {@code targetRecall} at {@code at}. */
    public record Goal(Instant at, double targetRecall) {
        public Goal {
            Objects.requireNonNull(at, "at");
            if (!(targetRecall >= 0.5 && targetRecall <= 0.99)) {
                throw new IllegalArgumentException("target recall must be within 0.50–0.99");
            }
        }
    }

    /**
     * {@code extraReviews}: when to review beyond the ordinary schedule (each stands for a review on that day), in
     * order; {@code reviews}: every review until the goal, the ordinary ones included, if each is recalled;
     * {@code recall}: predicted recall at the goal with the plan; the {@code plain…} figures without it.
     */
    public record Plan(List<Instant> extraReviews, int reviews, double recall, int plainReviews, double plainRecall,
                       boolean reachesTarget) {
        public Plan {
            extraReviews = List.copyOf(extraReviews);
        }

        /** True when the plan's next added review falls on or before {@code until} (the end of today, say). */
        public boolean reviewBy(Instant until) {
            return !extraReviews.isEmpty() && !extraReviews.get(0).isAfter(until);
        }
    }

    public static Plan plan(Scheduler scheduler, CardState card, Instant now, Goal goal, long cardSeed) {
        Followed plain = follow(scheduler, card, now, goal.at(), List.of(), cardSeed);
        if (!goal.at().isAfter(now) || plain.recall() >= goal.targetRecall()) {
            return new Plan(List.of(), plain.reviews(), plain.recall(), plain.reviews(), plain.recall(),
                    plain.recall() >= goal.targetRecall());
        }
        List<Instant> days = candidateDays(now, goal.at());
        Candidate best = null;
        for (Instant day : days) {
            best = better(best, candidate(scheduler, card, now, goal, List.of(day), cardSeed), goal);
        }
        if (best == null || best.followed().recall() < goal.targetRecall()) {
            int last = days.size() - 1;
            for (int second = days.size() > PAIR_SEARCH_DAYS ? last : 1; second <= last; second++) {
                for (int first = 0; first < second; first++) {
                    best = better(best, candidate(scheduler, card, now, goal, List.of(days.get(first), days.get(second)),
                            cardSeed), goal);
                }
            }
        }
        if (best == null) {
            return new Plan(List.of(), plain.reviews(), plain.recall(), plain.reviews(), plain.recall(), false);
        }
        return new Plan(best.extra(), best.followed().reviews(), best.followed().recall(), plain.reviews(),
                plain.recall(), best.followed().recall() >= goal.targetRecall());
    }

    /** One review time a day from now until the goal: now, now + 1 day, … (each strictly before the goal). */
    private static List<Instant> candidateDays(Instant now, Instant goal) {
        var days = new java.util.ArrayList<Instant>();
        for (int k = 0; k < MAX_DAYS; k++) {
            Instant day = now.plus(Duration.ofDays(k));
            if (!day.isBefore(goal)) {
                break;
            }
            days.add(day);
        }
        return days;
    }

    private record Candidate(List<Instant> extra, Followed followed) {
    }

    private static Candidate candidate(Scheduler scheduler, CardState card, Instant now, Goal goal, List<Instant> extra,
                                       long cardSeed) {
        return new Candidate(extra, follow(scheduler, card, now, goal.at(), extra, cardSeed));
    }

    /**
     * Among plans that reach the target: the fewest reviews, then the earliest added review (a day to spare if one
     * is missed). While none reaches it: the highest recall.
     */
    private static Candidate better(Candidate best, Candidate next, Goal goal) {
        if (best == null) {
            return next;
        }
        boolean bestReaches = best.followed().recall() >= goal.targetRecall();
        boolean nextReaches = next.followed().recall() >= goal.targetRecall();
        if (bestReaches != nextReaches) {
            return nextReaches ? next : best;
        }
        if (!nextReaches) {
            return next.followed().recall() > best.followed().recall() ? next : best;
        }
        return next.followed().reviews() < best.followed().reviews() ? next : best;
    }

    /** Reviews until the goal and recall at it. */
    record Followed(int reviews, double recall) {
    }

    /**
     * The card followed from {@code now} to {@code goal}: each ordinary review at its due time (an overdue one now),
     * each added one at its time, all recalled (Good); a new card is reviewed only when a review is added.
     */
    static Followed follow(Scheduler scheduler, CardState card, Instant now, Instant goal, List<Instant> extra,
                           long cardSeed) {
        var added = new ArrayDeque<>(extra);
        CardState state = card;
        int reviews = 0;
        // a card in learning steps comes back within minutes: bound the walk all the same
        for (int guard = 0; guard < 10_000; guard++) {
            Instant ordinary = state.state() == State.NEW ? null : later(state.due(), now);
            Instant next = added.isEmpty() ? ordinary
                    : ordinary == null || added.peekFirst().isBefore(ordinary) ? added.peekFirst() : ordinary;
            if (next == null || !next.isBefore(goal)) {
                break;
            }
            if (!added.isEmpty() && !added.peekFirst().isAfter(next)) {
                added.removeFirst();
            }
            state = scheduler.review(state, Rating.GOOD, next, cardSeed).card();
            reviews++;
        }
        return new Followed(reviews, recallAt(scheduler, state, goal));
    }

    /**
     * Recall at {@code at} by the forgetting curve over the real time since the last review, in fractions of a day:
     * the scheduler counts whole days (as FSRS and Anki do), which would call a card reviewed the evening before a
     * morning exam certain.
     */
    static double recallAt(Scheduler scheduler, CardState card, Instant at) {
        if (card.state() == State.NEW) {
            return 0;
        }
        double days = Math.max(0, Duration.between(card.lastReview(), at).toMillis() / 86_400_000.0);
        return new MemoryModel(scheduler.settings().parameters()).retrievability(days, card.stability());
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
