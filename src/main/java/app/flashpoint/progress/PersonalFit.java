package app.flashpoint.progress;

import app.flashpoint.history.ReviewLogRow;
import app.flashpoint.history.ReviewLogRepository;
import app.flashpoint.history.ReviewMode;

import app.flashpoint.core.fsrs.Evaluation;
import app.flashpoint.core.fsrs.Evaluator;
import app.flashpoint.core.fsrs.OptimizationResult;
import app.flashpoint.core.fsrs.Optimizer;
import app.flashpoint.core.fsrs.Parameters;
import app.flashpoint.core.fsrs.Rating;
import app.flashpoint.core.fsrs.ReviewRecord;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Fits a learner's weights in the background. The job's state lives in fsrs_fit_job so the page (on any
 * instance) can show the stage it is in; the fit itself has no finer progress to report honestly.
 * One worker thread: a fit takes a CPU for up to a second or so, and this 2-core machine also serves
 * reviews, so fits queue rather than compete.
 */
@Singleton
class PersonalFit {
    /** fsrs-rs / Optimizer thresholds, repeated here to explain them on the page before anything runs. */
    static final int MIN_ITEMS = 8;
    static final int MIN_ITEMS_FOR_FULL_FIT = 64;
    /** Evaluator.timeSeriesSplit needs six segments of at least one item. */
    static final int SPLIT_MIN_ITEMS = 6;
    /** A job still "running" after this long was lost with its instance (restart, crash). */
    static final Duration STALE = Duration.ofMinutes(10);

    static final String READING = "Reading your review log";
    static final String FITTING = "Fitting the 21 weights to your reviews";
    static final String SPLITTING = "Checking the fit on reviews it has not seen (time-series split)";
    static final String SCORING = "Scoring the default weights on the same log";
    static final String SAVED = "Saved";

    private static final Logger LOG = LoggerFactory.getLogger(PersonalFit.class);

    private final ReviewLogRepository log;
    private final FittedWeightsRepository weights;
    private final FitJobRepository jobs;
    private final Clock clock;
    private final Optimizer optimizer = new Optimizer();
    private final Evaluator evaluator = new Evaluator(optimizer);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fsrs-personal-fit");
        t.setDaemon(true);
        return t;
    });

    private final ApplicationEventPublisher<WeightsChanged> changes;

    PersonalFit(ReviewLogRepository log, FittedWeightsRepository weights, FitJobRepository jobs, Clock clock,
                ApplicationEventPublisher<WeightsChanged> changes) {
        this.log = log;
        this.weights = weights;
        this.jobs = jobs;
        this.clock = clock;
        this.changes = changes;
    }

    /** The job as the learner should see it: a running job past {@link #STALE} is reported as failed. */
    java.util.Optional<FitJobRow> job(long accountId) {
        return jobs.findByAccountId(accountId).map(j -> j.fitStatus() == FitStatus.RUNNING
                && clock.millis() - j.updatedAt() > STALE.toMillis()
                ? j.with(FitStatus.FAILED, "Interrupted (the server restarted); fit again", j.updatedAt()) : j);
    }

    /** Runs the fit of a job {@link #claim}ed for this learner; callers claim first (through the bean). */
    void launch(long accountId) {
        worker.execute(() -> run(accountId));
    }

    /**
     * Marks the job running in one transaction (IMMEDIATE on SQLite), so a double click starts one fit;
     * false when one is already running. Called from outside the bean so the transaction advice applies.
     */
    @Transactional
    boolean claim(long accountId) {
        long now = clock.millis();
        var current = job(accountId);
        if (current.isPresent() && current.get().fitStatus() == FitStatus.RUNNING) {
            return false;
        }
        FitJobRow running = new FitJobRow(current.map(FitJobRow::id).orElse(null), accountId, FitStatus.RUNNING.code(),
                READING, now, now);
        if (running.id() == null) {
            jobs.save(running);
        } else {
            jobs.update(running);
        }
        return true;
    }

    private void run(long accountId) {
        long started = System.nanoTime();
        try {
            List<ReviewRecord> records = log.history(accountId,
                    ReviewMode.REVIEW.code()).stream().map(PersonalFit::record).toList();
            stage(accountId, FITTING);
            OptimizationResult result = optimizer.fit(records);
            Evaluation split = null;
            if (result.itemCount() >= SPLIT_MIN_ITEMS) {
                stage(accountId, SPLITTING);
                split = evaluator.timeSeriesSplit(records);
            }
            Evaluation defaults = null;
            if (result.itemCount() > 0) {
                stage(accountId, SCORING);
                defaults = evaluator.evaluate(Parameters.defaults(), records);
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            save(accountId, result, split, defaults, millis);
            stage(accountId, FitStatus.DONE, SAVED);
        } catch (RuntimeException e) {
            LOG.warn("personal FSRS fit failed for account {}", accountId, e);
            stage(accountId, FitStatus.FAILED, "The fit failed; your weights are unchanged. Try again later.");
        }
    }

    static ReviewRecord record(ReviewLogRow e) {
        return new ReviewRecord(CardKeys.of(e.cardId()), Rating.ofGrade(e.rating()), Instant.ofEpochMilli(e.reviewedAt()));
    }

    private void save(long accountId, OptimizationResult r, Evaluation split, Evaluation defaults, long millis) {
        FittedWeightsRow row = new FittedWeightsRow(weights.findByAccountId(accountId).map(FittedWeightsRow::id)
                .orElse(null), accountId, FittedWeightsRow.format(r.parameters()), r.fit().name(), r.reviewCount(),
                r.itemCount(), finite(r.logLoss()), finite(r.rmseBins()),
                defaults == null ? null : finite(defaults.logLoss()), defaults == null ? null : finite(defaults.rmseBins()),
                split == null ? null : finite(split.logLoss()), split == null ? null : finite(split.rmseBins()),
                split == null ? null : split.itemCount(), millis, clock.millis());
        if (row.id() == null) {
            weights.save(row);
        } else {
            weights.update(row);
        }
        changes.publishEvent(new WeightsChanged(accountId));
    }

    private void stage(long accountId, String stage) {
        stage(accountId, FitStatus.RUNNING, stage);
    }

    private void stage(long accountId, FitStatus status, String stage) {
        jobs.findByAccountId(accountId).ifPresent(j -> jobs.update(j.with(status, stage, clock.millis())));
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
