package app.flashpoint.bench;

import app.flashpoint.core.fsrs.CardState;
import app.flashpoint.core.fsrs.Preview;
import app.flashpoint.core.fsrs.Rating;
import app.flashpoint.core.fsrs.ReviewOutcome;
import app.flashpoint.core.fsrs.Scheduler;
import app.flashpoint.core.fsrs.SchedulerSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Cost of one scheduling decision (a review card answered Good a few days late) and of a four-button preview. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SchedulerBenchmark {

    private Scheduler scheduler;
    private CardState card;
    private Instant now;

    @Setup
    public void setUp() {
        scheduler = new Scheduler(SchedulerSettings.defaults());
        Instant start = Instant.parse("2024-01-01T09:00:00Z");
        CardState c = CardState.newCard(start);
        Instant t = start;
        for (Rating rating : new Rating[] {Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.HARD, Rating.GOOD}) {
            c = scheduler.review(c, rating, t, 42L).card();
            t = c.due();
        }
        card = c;
        now = card.due().plus(Duration.ofDays(2));
    }

    @Benchmark
    public ReviewOutcome review() {
        return scheduler.review(card, Rating.GOOD, now, 42L);
    }

    @Benchmark
    public Preview preview() {
        return scheduler.preview(card, now, 42L);
    }
}
