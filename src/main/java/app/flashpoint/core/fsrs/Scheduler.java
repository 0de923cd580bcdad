package app.flashpoint.core.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The FSRS-6 scheduler: the py-fsrs state machine over the fsrs-rs memory model. Stateless and
 * thread-safe; the caller supplies the time of each review and a per-card seed for fuzz.
 */
public final class Scheduler {

    private static final long SECONDS_PER_DAY = 86_400;

    private final SchedulerSettings settings;
    private final MemoryModel model;
    /** Null: plain fuzz, a pure function of the card, the time and the seed (the ts-fsrs behaviour). */
    private final LoadBalance balance;

    public Scheduler(SchedulerSettings settings) {
        this(settings, new MemoryModel(settings.parameters()), null);
    }

    private Scheduler(SchedulerSettings settings, MemoryModel model, LoadBalance balance) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.model = model;
        this.balance = balance;
    }

    public SchedulerSettings settings() {
        return settings;
    }

    /**
     * This scheduler with day intervals picked by {@link LoadBalancer} within the fuzz range (only with fuzz on;
     * sub-day steps never move), or plain fuzz again for null. Cheap: the memory model is shared.
     */
    public Scheduler withLoadBalance(LoadBalance newBalance) {
        return new Scheduler(settings, model, newBalance);
    }

    /** The load balance in use, or null. */
    public LoadBalance loadBalance() {
        return balance;
    }

    /** Applies one answer given at {@code now}. {@code cardSeed} is any stable per-card number (e.g. its id). */
    public ReviewOutcome review(CardState card, Rating rating, Instant now, long cardSeed) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(now, "now");
        MemoryState memory = nextMemory(card, rating, now);
        Transition transition = transition(card, rating, memory.stability());

        Duration interval;
        int scheduledDays;
        if (card.state() == State.REVIEW && rating.isRecall()) {
            scheduledDays = orderedReviewDays(card, now, cardSeed)[rating.grade() - Rating.HARD.grade()];
            interval = Duration.ofSeconds(scheduledDays * SECONDS_PER_DAY);
        } else if (transition.state() == State.REVIEW || transition.stepInterval() == null) {
            scheduledDays = dayInterval(reviewInterval(memory.stability()), 1, cardSeed, card, now);
            interval = Duration.ofSeconds(scheduledDays * SECONDS_PER_DAY);
        } else {
            interval = transition.stepInterval();
            scheduledDays = 0;
        }
        CardState next = new CardState(transition.state(), transition.step(), memory.stability(),
                memory.difficulty(), now.plus(interval), now, card.reviewCount() + 1);
        return new ReviewOutcome(next, interval, scheduledDays);
    }

    /** The outcome of each answer, as {@link #review} would give it. */
    public Preview preview(CardState card, Instant now, long cardSeed) {
        return new Preview(
                review(card, Rating.AGAIN, now, cardSeed),
                review(card, Rating.HARD, now, cardSeed),
                review(card, Rating.GOOD, now, cardSeed),
                review(card, Rating.EASY, now, cardSeed));
    }

    /** Predicted probability of recall at {@code now}; 0 for a card never reviewed. */
    public double retrievability(CardState card, Instant now) {
        if (card.state() == State.NEW) {
            return 0;
        }
        return model.retrievability(elapsedDays(card.lastReview(), now), card.stability());
    }

    /**
     * Rebuilds a card from its log (sorted here by time) as if each review had been applied live. With a load
     * balance the due dates depend on the other cards' loads at each answer, which a log does not hold: replay
     * with a scheduler without one (the memory state is the same either way).
     */
    public CardState replay(List<Review> log, long cardSeed) {
        List<Review> ordered = log.stream().sorted(Comparator.comparing(Review::time)).toList();
        if (ordered.isEmpty()) {
            throw new IllegalArgumentException("cannot replay an empty log");
        }
        CardState card = CardState.newCard(ordered.get(0).time());
        for (Review review : ordered) {
            card = review(card, review.rating(), review.time(), cardSeed).card();
        }
        return card;
    }

    /** Whole days between two instants, as py-fsrs counts them; never negative. */
    static long elapsedDays(Instant from, Instant to) {
        long seconds = Duration.between(from, to).getSeconds();
        return seconds <= 0 ? 0 : seconds / SECONDS_PER_DAY;
    }

    /**
     * Hard, Good and Easy days for a card in Review, ordered as Anki and ts-fsrs order them: Hard
     * no longer than Good (fsrs-rs, Anki), Good at least Hard + 1, Easy at least Good + 1, each
     * then capped at the maximum interval (as Anki does; ts-fsrs does not cap after ordering).
     * With fuzz on, each button is fuzzed within Anki's range constrained by that minimum. A pure
     * function of the card, the time and the seed, so preview, answer and replay agree.
     */
    int[] orderedReviewDays(CardState card, Instant now, long cardSeed) {
        int hardRaw = reviewInterval(nextMemory(card, Rating.HARD, now).stability());
        int goodRaw = reviewInterval(nextMemory(card, Rating.GOOD, now).stability());
        int easyRaw = reviewInterval(nextMemory(card, Rating.EASY, now).stability());
        int hard = dayInterval(Math.min(hardRaw, goodRaw), 1, cardSeed, card, now);
        int good = dayInterval(goodRaw, hard + 1, cardSeed, card, now);
        int easy = dayInterval(easyRaw, good + 1, cardSeed, card, now);
        return new int[] {hard, good, easy};
    }

    /**
     * {@code days} kept within [minimum, maximum interval] (minimum itself capped), fuzzed if on, and with a load
     * balance, moved within the same fuzz range towards lighter days from the same seeded draw.
     */
    private int dayInterval(int days, int minimum, long cardSeed, CardState card, Instant now) {
        int maximum = settings.maximumInterval();
        if (settings.enableFuzz() && balance != null) {
            int[] range = Fuzz.range(days, minimum, maximum);
            if (range[0] < range[1]) {
                return LoadBalancer.pick(range[0], range[1], now, balance, Fuzz.uniform(cardSeed, card.reviewCount()));
            }
        }
        if (settings.enableFuzz()) {
            return Fuzz.apply(days, minimum, maximum, cardSeed, card.reviewCount());
        }
        return Math.min(Math.max(days, Math.min(minimum, maximum)), maximum);
    }

    int reviewInterval(double stability) {
        double raw = model.interval(stability, settings.desiredRetention());
        long rounded = Math.round(raw);
        return (int) Math.min(Math.max(rounded, 1), settings.maximumInterval());
    }

    private MemoryState nextMemory(CardState card, Rating rating, Instant now) {
        if (card.state() == State.NEW) {
            return model.initial(rating);
        }
        return model.next(card.memory(), elapsedDays(card.lastReview(), now), rating);
    }

    /** Next state and step; {@code stepInterval} is null when the card goes (or stays) on a day interval. */
    private record Transition(State state, int step, Duration stepInterval) {
        static Transition graduate() {
            return new Transition(State.REVIEW, 0, null);
        }
    }

    private Transition transition(CardState card, Rating rating, double stability) {
        return switch (card.state()) {
            case NEW -> stepTransition(State.LEARNING, 0, rating, settings.learningSteps());
            case LEARNING -> stepTransition(State.LEARNING, card.step(), rating, settings.learningSteps());
            case RELEARNING -> stepTransition(State.RELEARNING, card.step(), rating, settings.relearningSteps());
            case REVIEW -> {
                List<Duration> relearning = settings.relearningSteps();
                if (rating == Rating.AGAIN && !relearning.isEmpty()) {
                    yield new Transition(State.RELEARNING, 0, relearning.get(0));
                }
                yield Transition.graduate();
            }
        };
    }

    private static Transition stepTransition(State state, int step, Rating rating, List<Duration> steps) {
        // A card may carry a step index from settings that had more steps than these.
        if (steps.isEmpty() || (step >= steps.size() && rating != Rating.AGAIN)) {
            return Transition.graduate();
        }
        return switch (rating) {
            case AGAIN -> new Transition(state, 0, steps.get(0));
            case HARD -> new Transition(state, step, hardStepInterval(step, steps));
            case GOOD -> step + 1 >= steps.size()
                    ? Transition.graduate()
                    : new Transition(state, step + 1, steps.get(step + 1));
            case EASY -> Transition.graduate();
        };
    }

    private static Duration hardStepInterval(int step, List<Duration> steps) {
        if (step == 0 && steps.size() == 1) {
            return Duration.ofMillis(steps.get(0).toMillis() * 3 / 2);
        }
        if (step == 0) {
            return Duration.ofMillis((steps.get(0).toMillis() + steps.get(1).toMillis()) / 2);
        }
        return steps.get(step);
    }
}
