package app.flashpoint.study;

import app.flashpoint.card.DeckCards;

import app.flashpoint.history.ReviewLogRow;
import app.flashpoint.history.ReviewLogRepository;
import app.flashpoint.history.CardFlagRepository;
import app.flashpoint.history.CardFlagRow;
import app.flashpoint.history.CardStateRow;
import app.flashpoint.history.CardStateRepository;

import app.flashpoint.core.fsrs.CardState;
import app.flashpoint.core.fsrs.LoadBalance;
import app.flashpoint.core.fsrs.State;
import app.flashpoint.core.fsrs.Rating;
import app.flashpoint.core.fsrs.Scheduler;
import app.flashpoint.core.fsrs.SchedulerSettings;
import app.flashpoint.core.fsrs.State;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.core.generate.text.Seeds;
import app.flashpoint.progress.PersonalWeights;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    record Outcome(Recorded recorded, CardStateRow state, ReviewLogRow log, long version, List<CardFlagRow> buried,
                   CardFlagRow leech) {
        static final Outcome ALREADY_RECORDED = new Outcome(Recorded.ALREADY_RECORDED, null, null, 0, List.of(), null);
        static final Outcome STALE = new Outcome(Recorded.STALE, null, null, 0, List.of(), null);

        /** Whether this answer made its card a leech (the study page then says so). */
        boolean madeLeech() {
            return leech != null;
        }
    }

    private final CardStateRepository states;
    private final ReviewLogRepository logs;
    private final StudySettingsRepository settings;
    private final StudyDay day;
    private final PersonalWeights weights;
    private final StudyCache cache;
    private final CardFlagRepository flags;
    private final StudyGoalRepository goals;
    private final List<GoalSource> goalSources;
    private final EasyDays easyDays;

    Study(CardStateRepository states, ReviewLogRepository logs, StudySettingsRepository settings, StudyDay day,
          PersonalWeights weights, StudyCache cache, CardFlagRepository flags, StudyGoalRepository goals,
          List<GoalSource> goalSources, EasyDays easyDays) {
        this.easyDays = easyDays;
        this.goalSources = List.copyOf(goalSources);
        this.flags = flags;
        this.states = states;
        this.logs = logs;
        this.settings = settings;
        this.day = day;
        this.weights = weights;
        this.cache = cache;
        this.goals = goals;
    }

    /** The learner's own goals in the deck and those their classes set. */
    List<ReadyByGoal> goals(long accountId, String slug) {
        var all = new java.util.ArrayList<ReadyByGoal>();
        goals.findByAccountIdAndDeckSlugOrderByGoalAt(accountId, slug).forEach(g -> all.add(ReadyByGoal.of(g)));
        long now = day.now().toEpochMilli();
        goalSources.forEach(source -> all.addAll(source.goals(accountId, slug, now)));
        return all;
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
                Map<String, CardFlagRow> flags, StudySettingsRow settings) {
        Optional<CardStateRow> state(String cardId) {
            return Optional.ofNullable(states.get(cardId));
        }

        Optional<CardFlagRow> flag(String cardId) {
            return Optional.ofNullable(flags.get(cardId));
        }

        boolean suspended(String cardId) {
            return flag(cardId).map(CardFlagRow::suspended).orElse(false);
        }
    }

    Plan plan(long accountId, DeckCards deck) {
        StudyCache.Snapshot s = snapshot(accountId, deck);
        Scheduler scheduler = s.scheduler();
        Today today = Today.of(s.today(), s.answeredBefore());
        Instant now = day.now();
        Set<String> wanted = s.goals().isEmpty() ? Set.of() : GoalPlans.wantedToday(accountId, deck, s.goals(),
                s.states(), scheduler, now, day.startOfTomorrow(accountId));
        StudyQueue queue = StudyQueue.build(deck, s.states(), s.flags(), now, scheduler,
                s.settings().newPerDay() - today.newCards(), s.settings().reviewsPerDay() - today.reviews(), wanted);
        return new Plan(queue, today, scheduler, s.states(), s.flags(), s.settings());
    }

    /**
     * The scheduler for an answer, built on the request's thread from this instance's copy as it is
     * ({@link StudyCache#known}, no version read): the answer's commit tells whether the copy was current.
     */
    Scheduler scheduler(long accountId, DeckCards deck) {
        return known(accountId, deck).scheduler();
    }

    /**
     * What answering {@code card} does besides scheduling it, from the same copy as {@link #scheduler(long, DeckCards)}:
     * the leech rule, and the siblings to bury until the next study day when the learner buries siblings. Siblings
     * still being learnt today are left alone (their next step is minutes away and would be lost), as Anki does.
     */
    AfterAnswer afterAnswer(long accountId, DeckCards deck, Card card) {
        StudyCache.Snapshot s = known(accountId, deck);
        List<Card> siblings = !s.settings().burySiblings() ? List.of() : deck.cards().stream()
                .filter(c -> c.itemId().equals(card.itemId()) && !c.id().equals(card.id()))
                .filter(c -> {
                    CardStateRow row = s.states().get(c.id());
                    return row == null || row.isNew() || State.REVIEW.name().equals(row.state());
                }).toList();
        return new AfterAnswer(s.settings(), siblings, day.startOfTomorrow(accountId).toEpochMilli());
    }

    private StudyCache.Snapshot known(long accountId, DeckCards deck) {
        long since = day.startOfToday(accountId).toEpochMilli();
        return cache.known(accountId, deck.slug(), since, version -> snapshot(accountId, deck, since, version));
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
                flags.findByAccountIdAndDeckSlug(accountId, deck.slug()).stream()
                        .collect(Collectors.toUnmodifiableMap(CardFlagRow::cardId, Function.identity())),
                logs.since(accountId, deck.slug(), since), logs.cardsAnsweredBefore(accountId, deck.slug(), since), version,
                dues, goals(accountId, deck.slug()));
    }

    /**
     * When the next card comes up after {@code plan}'s queue: the earliest due date, or tomorrow when only the
     * new-card limit holds cards back. Read from the plan's rows, which are current, not queried again.
     */
    Optional<Instant> nextDue(long accountId, Plan plan, DeckCards deck) {
        Collection<CardStateRow> rows = plan.states().values();
        // a suspended card never comes due; a buried one not before its burial ends
        Optional<Instant> earliest = rows.stream().filter(r -> !plan.suspended(r.cardId()))
                .map(r -> Instant.ofEpochMilli(Math.max(r.due(), plan.flag(r.cardId()).map(CardFlagRow::buriedUntil).orElse(0L))))
                .min(Instant::compareTo);
        boolean newLeft = plan.settings().newPerDay() > 0 && deck.ids().stream()
                .anyMatch(id -> !plan.states().containsKey(id) && !plan.suspended(id));
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
                  int durationMs, Scheduler scheduler, AfterAnswer after) {
        /** An answer that buries nothing and flags no leech. */
        Answer(long accountId, DeckCards deck, Card card, Rating rating, String token, int expectedReps,
               int durationMs, Scheduler scheduler) {
            this(accountId, deck, card, rating, token, expectedReps, durationMs, scheduler, AfterAnswer.NONE);
        }
    }

    /**
     * The learner's leech rule and the siblings an answer buries until {@code buryUntil} (epoch ms, the start of
     * their next study day).
     */
    record AfterAnswer(StudySettingsRow settings, List<Card> siblings, long buryUntil) {
        static final AfterAnswer NONE = new AfterAnswer(StudySettingsRow.defaults(0, "").withoutLeeches(), List.of(), 0);
    }

    /** Suspends the card for this learner, or lifts its suspension (a leech keeps its mark). */
    @Transactional
    void suspend(long accountId, DeckCards deck, Card card, boolean suspended) {
        flags.put(flag(accountId, deck, card).withSuspendedBy(suspended ? CardFlagRow.BY_LEARNER : null));
        cache.written(accountId, deck.slug());
    }

    /** Buries the card until the start of the learner's next study day. */
    @Transactional
    void bury(long accountId, DeckCards deck, Card card) {
        flags.put(flag(accountId, deck, card).withBuried(day.startOfTomorrow(accountId).toEpochMilli(), null));
        cache.written(accountId, deck.slug());
    }

    /** The learner's held cards in the deck (suspended, buried or leeches), read fresh. */
    List<CardFlagRow> flagged(long accountId, String slug) {
        return flags.findByAccountIdAndDeckSlug(accountId, slug);
    }

    long now() {
        return day.now().toEpochMilli();
    }

    private CardFlagRow flag(long accountId, DeckCards deck, Card card) {
        return flags.findByAccountIdAndCardId(accountId, card.id())
                .orElseGet(() -> CardFlagRow.none(accountId, deck.slug(), card.itemId(), card.id()));
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
        int lapses = 0;
        if (rest.isEmpty()) {
            states.delete(row);
        } else {
            Replay replay = Replay.of(scheduler(accountId, slug), rest, cardSeed(accountId, cardId));
            write(row.with(dueBy(replay.card(), Instant.ofEpochMilli(last.get().reviewedAt())), replay.lapses()),
                    row.reps());
            lapses = replay.lapses();
        }
        undoFlags(accountId, slug, cardId, lapses, rest);
        return Optional.of(cardId);
    }

    /**
     * What the undone answer did besides scheduling: a leech mark it set goes (with the suspension the leech rule
     * made; one the learner chose stays), and so do its siblings' burials unless the card has another answer today.
     */
    private void undoFlags(long accountId, String slug, String cardId, int lapses, List<ReviewLogRow> rest) {
        long todayStart = day.startOfToday(accountId).toEpochMilli();
        if (rest.stream().noneMatch(r -> r.reviewedAt() >= todayStart)) {
            flags.unburyBy(accountId, cardId);
        }
        flags.findByAccountIdAndCardId(accountId, cardId).filter(f -> f.leechLapses() > lapses).ifPresent(f -> {
            CardFlagRow back = f.withLeechLapses(settings(accountId, slug).leechLevel(lapses));
            flags.put(CardFlagRow.BY_LEECH.equals(f.suspendedBy()) ? back.withSuspendedBy(null) : back);
        });
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
