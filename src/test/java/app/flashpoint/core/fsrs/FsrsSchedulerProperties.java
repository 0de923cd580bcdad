package app.flashpoint.core.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class FsrsSchedulerProperties {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    /** A review history: ratings with the gap before each, from seconds to years. */
    record Step(Rating rating, long gapSeconds) {
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<Long> gap = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 3_600),
                Arbitraries.longs().between(0, 86_400 * 3L),
                Arbitraries.longs().between(0, 86_400 * 3_650L));
        return Combinators.combine(Arbitraries.of(Rating.class), gap).as(Step::new).list().ofMinSize(1).ofMaxSize(40);
    }

    @Provide
    Arbitrary<Parameters> parameters() {
        List<Arbitrary<Double>> weights = new ArrayList<>();
        for (int i = 0; i < Parameters.COUNT; i++) {
            weights.add(Arbitraries.doubles().between(Parameters.LOWER[i], Parameters.UPPER[i]).ofScale(4));
        }
        return Combinators.combine(weights).as(list -> Parameters.of(list.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    private static List<Review> reviews(List<Step> steps) {
        List<Review> reviews = new ArrayList<>();
        Instant now = T0;
        for (Step step : steps) {
            now = now.plusSeconds(step.gapSeconds());
            reviews.add(new Review(step.rating(), now));
        }
        return reviews;
    }

    @Property
    void retrievabilityIsNinetyPercentAfterStabilityDays(
            @ForAll @DoubleRange(min = 0.001, max = 36500) @net.jqwik.api.constraints.Scale(4) double stability, @ForAll("parameters") Parameters p) {
        assertThat(new MemoryModel(p).retrievability(stability, stability)).isCloseTo(0.9, within(1e-9));
        assertThat(new MemoryModel(p).interval(stability, 0.9)).isCloseTo(stability, within(1e-9 * stability));
    }

    @Property
    void betterAnswersNeverGiveLowerStabilityOrHigherDifficulty(
            @ForAll @DoubleRange(min = 0.001, max = 36500) @net.jqwik.api.constraints.Scale(4) double s,
            @ForAll @DoubleRange(min = 1, max = 10) double d,
            @ForAll @IntRange(min = 0, max = 4000) int days,
            @ForAll("parameters") Parameters p) {
        MemoryModel model = new MemoryModel(p);
        MemoryState state = new MemoryState(s, d);
        for (int g = 1; g < 4; g++) {
            MemoryState worse = model.next(state, days, Rating.ofGrade(g));
            MemoryState better = model.next(state, days, Rating.ofGrade(g + 1));
            assertThat(better.difficulty()).isLessThanOrEqualTo(worse.difficulty());
            assertThat(better.stability()).isGreaterThanOrEqualTo(worse.stability() - 1e-9 * worse.stability());
        }
        // New cards: S0 and D0 ordered by grade for the defaults (monotone S0 is what pre-training enforces).
        MemoryModel defaults = new MemoryModel(Parameters.defaults());
        for (int g = 1; g < 4; g++) {
            assertThat(defaults.initialStability(Rating.ofGrade(g + 1))).isGreaterThan(defaults.initialStability(Rating.ofGrade(g)));
            assertThat(defaults.initialDifficulty(Rating.ofGrade(g + 1))).isLessThanOrEqualTo(defaults.initialDifficulty(Rating.ofGrade(g)));
        }
    }

    @Property
    void clampsHoldAndNothingIsNaN(@ForAll("histories") List<Step> steps, @ForAll("parameters") Parameters p,
            @ForAll @DoubleRange(min = 0.70, max = 0.99) double retention) {
        Scheduler scheduler = new Scheduler(SchedulerSettings.defaults().withParameters(p).withDesiredRetention(retention));
        CardState card = CardState.newCard(T0);
        for (Review review : reviews(steps)) {
            ReviewOutcome outcome = scheduler.review(card, review.rating(), review.time(), 99);
            card = outcome.card();
            assertThat(card.stability()).isBetween(0.001, 36500.0);
            assertThat(card.difficulty()).isBetween(1.0, 10.0);
            assertThat(outcome.scheduledDays()).isBetween(0, 36500);
            assertThat(card.due()).isAfter(review.time());
            double r = scheduler.retrievability(card, review.time().plus(Duration.ofDays(400)));
            assertThat(r).isBetween(0.0, 1.0);
        }
    }

    @Property
    void replayingTheLogRebuildsTheLiveState(@ForAll("histories") List<Step> steps, @ForAll long seed) {
        Scheduler scheduler = new Scheduler(SchedulerSettings.defaults());
        List<Review> log = reviews(steps);
        CardState live = CardState.newCard(T0);
        for (Review review : log) {
            live = scheduler.review(live, review.rating(), review.time(), seed).card();
        }
        assertThat(scheduler.replay(log, seed)).isEqualTo(live);
    }

    @Property
    void previewShowsWhatEachAnswerWouldDo(@ForAll("histories") List<Step> steps, @ForAll long seed) {
        Scheduler scheduler = new Scheduler(SchedulerSettings.defaults());
        List<Review> log = reviews(steps);
        CardState card = scheduler.replay(log, seed);
        Instant now = log.get(log.size() - 1).time().plus(Duration.ofDays(3));
        Preview preview = scheduler.preview(card, now, seed);
        for (Rating rating : Rating.values()) {
            assertThat(preview.get(rating)).isEqualTo(scheduler.review(card, rating, now, seed));
        }
    }

    @Property
    void fuzzStaysInAnkisRangeAndIsDeterministic(
            @ForAll @IntRange(min = 1, max = 36500) int interval,
            @ForAll @IntRange(min = 1, max = 36500) int maximum,
            @ForAll long seed, @ForAll @IntRange(min = 0, max = 10_000) int reviewCount) {
        int ivl = Math.min(interval, maximum);
        int fuzzed = Fuzz.apply(ivl, maximum, seed, reviewCount);
        assertThat(Fuzz.apply(ivl, maximum, seed, reviewCount)).isEqualTo(fuzzed);
        if (ivl < 3) {
            assertThat(fuzzed).isEqualTo(ivl);
        } else {
            int[] range = Fuzz.range(ivl, maximum);
            assertThat(fuzzed).isBetween(range[0], range[1]).isLessThanOrEqualTo(maximum);
            assertThat(Math.abs(fuzzed - ivl)).isLessThanOrEqualTo((int) Math.ceil(1 + 0.15 * 4.5 + 0.1 * 13 + 0.05 * ivl) + 1);
        }
    }

    @Property(tries = 50)
    void fuzzedSchedulesAreReproducibleFromTheCardSeed(@ForAll("histories") @Size(min = 3) List<Step> steps,
            @ForAll long seed) {
        Scheduler scheduler = new Scheduler(SchedulerSettings.defaults());
        List<Review> log = reviews(steps);
        assertThat(scheduler.replay(log, seed).due()).isEqualTo(scheduler.replay(log, seed).due());
    }
}
