package app.flashpoint.study;

import app.flashpoint.card.DeckCards;

import app.flashpoint.history.ReviewLogRow;
import app.flashpoint.history.ReviewLogRepository;
import app.flashpoint.history.CardStateRow;
import app.flashpoint.history.CardStateRepository;

import app.flashpoint.core.fsrs.CardState;
import app.flashpoint.core.fsrs.LoadBalance;
import app.flashpoint.core.fsrs.State;
import app.flashpoint.core.fsrs.Rating;
import app.flashpoint.core.fsrs.Scheduler;
import app.flashpoint.core.fsrs.SchedulerSettings;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.core.generate.text.Seeds;
import app.flashpoint.progress.PersonalWeights;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Daily study for one learner: the queue and undo by replay (answers are recorded by {@link AnswerWriter}).
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
    private final EasyDays easyDays;

    Study(CardStateRepository states, ReviewLogRepository logs, StudySettingsRepository settings, StudyDay day,
          PersonalWeights weights, StudyCache cache, EasyDays easyDays) {
        this.easyDays = easyDays;
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
     * The scheduler for an answer, built on the request's thread from this instance's copy as it is
     * ({@link StudyCache#known}, no version read): the answer's commit tells whether the copy was current.
     */
    Scheduler scheduler(long accountId, DeckCards deck) {
        long since = day.startOfToday(accountId).toEpochMilli();
        return cache.known(accountId, deck.slug(), since, version -> snapshot(accountId, deck, since, version)).scheduler();
    }

    private StudyCache.Snapshot snapshot(long accountId, DeckCards deck) {
        long since = day.startOfToday(accountId).toEpochMilli();
        return cache.get(accountId, deck.slug(), since, version -> snapshot(accountId, deck, since, version));
    }

    /**
     * The snapshot's scheduler balances due loads over the deck's cards (its rows, no query of its own) unless the
     * learner turned that off; undo and imported history replay with {@link #scheduler(long, String)}, which does
     * not balance (docs/fsrs.md).
     */
    private StudyCache.Snapshot snapshot(long accountId, DeckCards deck, long since, long version) {
        StudySettingsRow settings = settings(accountId, deck.slug());
        Map<String, CardStateRow> rows = states.findByAccountIdAndDeckSlug(accountId, deck.slug()).stream()
                .collect(Collectors.toUnmodifiableMap(CardStateRow::cardId, Function.identity()));
        Scheduler scheduler = scheduler(accountId, settings);
        EasyDays.Choice choice = easyDays.of(accountId);
        DueDays dues = null;
        if (choice.balance()) {
            ZoneId zone = day.zone(accountId);
            dues = DueDays.of(rows.values(), zone);
            scheduler = scheduler.withLoadBalance(LoadBalance.of(dues, zone, choice.levels()));
        }
        return new StudyCache.Snapshot(since, settings, scheduler, rows,
                logs.since(accountId, deck.slug(), since), logs.cardsAnsweredBefore(accountId, deck.slug(), since), version,
                dues);
    }

    /**
     * When the next card comes up after {@code plan}'s queue: the earliest due date, or tomorrow when only the
     * new-card limit holds cards back. Read from the plan's rows, which are current, not queried again.
     */
    Optional<Instant> nextDue(long accountId, Plan plan, DeckCards deck) {
        Collection<CardStateRow> rows = plan.states().values();
        Optional<Instant> earliest = rows.stream().map(r -> Instant.ofEpochMilli(r.due())).min(Instant::compareTo);
        boolean newLeft = rows.size() < deck.cards().size() && plan.settings().newPerDay() > 0;
        if (newLeft) {
            Instant tomorrow = day.startOfTomorrow(accountId);
            return Optional.of(earliest.filter(e -> e.isBefore(tomorrow)).orElse(tomorrow));
        }
        return earliest;
    }

    /**
     * One answer to record ({@link AnswerWriter}): {@code expectedReps} is the card's review count when the form
     * was shown, {@code scheduler} the learner's, built on the request's thread.
     */
    record Answer(long accountId, DeckCards deck, Card card, Rating rating, String token, int expectedReps,
                  int durationMs, Scheduler scheduler) {
    }

    /**
     * Stores the learner's settings for the deck and raises its study version in the same transaction, so
     * another instance never reads the new version with the old settings (or the reverse).
     */
    @Transactional
    void saveSettings(long accountId, String slug, SettingsForm form) {
        var existing = settings.findByAccountIdAndDeckSlug(accountId, slug);
        if (existing.isPresent()) {
            settings.update(form.toRow(existing.get().id(), accountId, slug));
        } else {
            settings.save(form.toRow(null, accountId, slug));
        }
        cache.written(accountId, slug);
    }

    /**
     * Takes back this learner's last answer of today in this deck: deletes its log row and rebuilds the card by
     * replaying what is left of its log (a card with no answers left is new again). Returns the card's id.
     */
    @Transactional
    public Optional<String> undo(long accountId, String slug) {
        Optional<ReviewLogRow> last = logs.lastSince(accountId, slug, day.startOfToday(accountId).toEpochMilli());
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
            write(row.with(dueBy(replay.card(), Instant.ofEpochMilli(last.get().reviewedAt())), replay.lapses()),
                    row.reps());
        }
        return Optional.of(cardId);
    }

    /**
     * The replay does not balance (the other cards' loads at the time are not in the log), so a review card's due
     * may come out a few days later than the balanced one it had; it was due when the undone answer was given,
     * so it is kept due from then and comes back today, as it would have.
     */
    static CardState dueBy(CardState card, Instant answeredAt) {
        if (card.state() != State.REVIEW || !card.due().isAfter(answeredAt)) {
            return card;
        }
        return new CardState(card.state(), card.step(), card.stability(), card.difficulty(), answeredAt,
                card.lastReview(), card.reviewCount());
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
