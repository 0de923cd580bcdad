package app.flashpoint.study;

import app.flashpoint.core.fsrs.CardState;
import app.flashpoint.core.fsrs.Rating;
import app.flashpoint.core.fsrs.ReviewOutcome;
import app.flashpoint.core.fsrs.Scheduler;
import app.flashpoint.core.fsrs.SchedulerSettings;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.core.generate.text.Seeds;
import app.flashpoint.progress.PersonalWeights;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Daily study for one learner: the queue, recording answers (once per answer token), undo by replay.
 * Every method takes the signed-in account's id and reads and writes only that account's rows.
 */
@Singleton
class Study {
    enum Recorded { RECORDED, ALREADY_RECORDED, STALE }

    /**
     * What an answer did; {@code state} and {@code log} are the rows written when it was recorded, {@code version}
     * the learner-deck's study version after it ({@link StudyCache#written}).
     */
    record Outcome(Recorded recorded, CardStateRow state, ReviewLogRow log, long version) {
        static final Outcome ALREADY_RECORDED = new Outcome(Recorded.ALREADY_RECORDED, null, null, 0);
        static final Outcome STALE = new Outcome(Recorded.STALE, null, null, 0);
    }

    private final CardStateRepository states;
    private final ReviewLogRepository logs;
    private final StudySettingsRepository settings;
    private final StudyDay day;
    private final PersonalWeights weights;
    private final StudyCache cache;

    Study(CardStateRepository states, ReviewLogRepository logs, StudySettingsRepository settings, StudyDay day,
          PersonalWeights weights, StudyCache cache) {
        this.states = states;
        this.logs = logs;
        this.settings = settings;
        this.day = day;
        this.weights = weights;
        this.cache = cache;
    }

    /** Fuzz seed: stable per learner and card, so a replay reproduces due dates and learners do not move in step. */
    static long cardSeed(long accountId, String cardId) {
        return Seeds.of(accountId, cardId);
    }

    StudySettingsRow settings(long accountId, String slug) {
        return settings.findByAccountIdAndDeckSlug(accountId, slug)
                .orElseGet(() -> StudySettingsRow.defaults(accountId, slug));
    }

    Scheduler scheduler(long accountId, String slug) {
        return scheduler(accountId, settings(accountId, slug));
    }

    private Scheduler scheduler(long accountId, StudySettingsRow settings) {
        // the learner's own fitted weights once they have fitted them (progress/fsrs), else the defaults
        return new Scheduler(SchedulerSettings.defaults().withParameters(weights.forAccount(accountId))
                .withDesiredRetention(settings.desiredRetention()));
    }

    StudyQueue queue(long accountId, DeckCards deck) {
        return plan(accountId, deck).queue();
    }

    /** What the study page and the study API show: the queue, today's answers and the scheduler. */
    record Plan(StudyQueue queue, Today today, Scheduler scheduler, Map<String, CardStateRow> states,
                StudySettingsRow settings) {
        Optional<CardStateRow> state(String cardId) {
            return Optional.ofNullable(states.get(cardId));
        }
    }

    Plan plan(long accountId, DeckCards deck) {
        StudyCache.Snapshot s = snapshot(accountId, deck);
        Scheduler scheduler = s.scheduler();
        Today today = Today.of(s.today(), s.answeredBefore());
        StudyQueue queue = StudyQueue.build(deck, s.states(), day.now(), scheduler,
                s.settings().newPerDay() - today.newCards(), s.settings().reviewsPerDay() - today.reviews());
        return new Plan(queue, today, scheduler, s.states(), s.settings());
    }

    /**
     * The scheduler for an answer, built on the request's thread (from the cached settings) so the group
     * commit's single writer only reads and writes the rows of the answer itself.
     */
    Scheduler scheduler(long accountId, DeckCards deck) {
        return snapshot(accountId, deck).scheduler();
    }

    private StudyCache.Snapshot snapshot(long accountId, DeckCards deck) {
        long since = day.startOfToday().toEpochMilli();
        return cache.get(accountId, deck.slug(), since, version -> snapshot(accountId, deck, since, version));
    }

    private StudyCache.Snapshot snapshot(long accountId, DeckCards deck, long since, long version) {
        StudySettingsRow settings = settings(accountId, deck.slug());
        return new StudyCache.Snapshot(since, settings, scheduler(accountId, settings),
                states.findByAccountIdAndDeckSlug(accountId, deck.slug()).stream()
                        .collect(Collectors.toUnmodifiableMap(CardStateRow::cardId, Function.identity())),
                logs.since(accountId, deck.slug(), since), logs.cardsAnsweredBefore(accountId, deck.slug(), since), version);
    }

    /**
     * When the next card comes up after {@code plan}'s queue: the earliest due date, or tomorrow when only the
     * new-card limit holds cards back. Read from the plan's rows, which are current, not queried again.
     */
    Optional<Instant> nextDue(Plan plan, DeckCards deck) {
        Collection<CardStateRow> rows = plan.states().values();
        Optional<Instant> earliest = rows.stream().map(r -> Instant.ofEpochMilli(r.due())).min(Instant::compareTo);
        boolean newLeft = rows.size() < deck.cards().size() && plan.settings().newPerDay() > 0;
        if (newLeft) {
            Instant tomorrow = day.startOfTomorrow();
            return Optional.of(earliest.filter(e -> e.isBefore(tomorrow)).orElse(tomorrow));
        }
        return earliest;
    }

    /**
     * Records one answer in a transaction of its own (the caller applies it to the {@link StudyCache} once
     * committed). A token already in the log means this form was sent
     * before (double click, resend): nothing is written. {@code expectedReps} is the card's review count when
     * the form was shown; if it changed, another tab answered the card first and this answer is dropped.
     */
    @Transactional
    public Outcome answer(Answer answer) {
        return record(answer);
    }

    /** One answer to record; see {@link #answer}. */
    record Answer(long accountId, DeckCards deck, Card card, Rating rating, String token, int expectedReps,
                  int durationMs, Scheduler scheduler) {
    }

    /**
     * Records {@code a} in the caller's transaction (the group commit runs many in one). Every check comes
     * before the first write, so an answer that is refused leaves nothing behind in a shared transaction.
     */
    Outcome record(Answer a) {
        if (logs.existsByAnswerToken(a.token())) {
            return Outcome.ALREADY_RECORDED;
        }
        Optional<CardStateRow> row = states.findByAccountIdAndCardId(a.accountId(), a.card().id());
        if (row.map(CardStateRow::reps).orElse(0) != a.expectedReps()) {
            return Outcome.STALE;
        }
        Instant now = day.now();
        CardState before = row.map(CardStateRow::toCardState).orElseGet(() -> CardState.newCard(now));
        ReviewOutcome outcome = a.scheduler().review(before, a.rating(), now, cardSeed(a.accountId(), a.card().id()));
        int lapses = row.map(CardStateRow::lapses).orElse(0) + Replay.lapse(before, a.rating());
        CardStateRow written;
        if (row.isPresent()) {
            written = row.get().with(outcome.card(), lapses);
            if (!advance(written, a.expectedReps())) {
                return Outcome.STALE; // another transaction answered it between our read and this write
            }
        } else {
            written = states.save(CardStateRow.of(null, a.accountId(), a.deck().slug(), a.card().itemId(),
                    a.card().id(), outcome.card(), lapses));
        }
        ReviewLogRow log = logs.save(new ReviewLogRow(null, a.accountId(), a.deck().slug(), a.card().itemId(),
                a.card().id(), ReviewLogRow.REVIEW, a.rating().grade(), now.toEpochMilli(), a.durationMs(), a.token()));
        return new Outcome(Recorded.RECORDED, written, log, cache.written(a.accountId(), a.deck().slug()));
    }

    /**
     * Takes back this learner's last answer of today in this deck: deletes its log row and rebuilds the card by
     * replaying what is left of its log (a card with no answers left is new again). Returns the card's id.
     */
    @Transactional
    public Optional<String> undo(long accountId, String slug) {
        Optional<ReviewLogRow> last = logs.lastSince(accountId, slug, day.startOfToday().toEpochMilli());
        if (last.isEmpty()) {
            return Optional.empty();
        }
        String cardId = last.get().cardId();
        logs.delete(last.get());
        cache.written(accountId, slug);
        CardStateRow row = states.findByAccountIdAndCardId(accountId, cardId).orElseThrow();
        var rest = logs.cardLog(accountId, cardId);
        if (rest.isEmpty()) {
            states.delete(row);
        } else {
            Replay replay = Replay.of(scheduler(accountId, slug), rest, cardSeed(accountId, cardId));
            write(row.with(replay.card(), replay.lapses()), row.reps());
        }
        return Optional.of(cardId);
    }

    private void write(CardStateRow next, int expectedReps) {
        if (!advance(next, expectedReps)) {
            throw new StaleAnswerException();
        }
    }

    private boolean advance(CardStateRow next, int expectedReps) {
        return states.advance(next.id(), next.accountId(), next.state(), next.step(), next.stability(),
                next.difficulty(), next.due(), next.lastReview(), next.reps(), next.lapses(), expectedReps) == 1;
    }
}
