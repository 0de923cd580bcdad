package app.flashpoint.study;

import app.flashpoint.history.ReviewLogRow;
import app.flashpoint.history.ReviewLogRepository;
import app.flashpoint.history.CardFlagRow;
import app.flashpoint.history.CardStateRow;
import app.flashpoint.history.CardStateRepository;
import app.flashpoint.history.AnswerRows;
import app.flashpoint.history.ReviewMode;

import app.flashpoint.core.fsrs.CardState;
import app.flashpoint.core.fsrs.ReviewOutcome;
import app.flashpoint.history.AnswerRows.CardKey;
import app.flashpoint.history.AnswerRows.DeckKey;
import app.flashpoint.history.AnswerRows.TokenKey;
import app.flashpoint.study.Study.Answer;
import app.flashpoint.study.Study.Outcome;
import app.flashpoint.study.Study.Recorded;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Records answers, once per learner and answer token, in one transaction per call: every check comes first, from one
 * read of the cards' stored states, then each table is written with one statement ({@link AnswerRows}). {@code expectedReps} is a card's review count when the form was shown; if it changed,
 * another tab answered the card first and the answer is dropped as stale.
 */
@Singleton
class AnswerWriter {
    private final TransactionOperations<Connection> transactions;
    private final CardStateRepository states;
    private final ReviewLogRepository logs;
    private final StudyDay day;
    private final boolean versioned;

    @Inject
    AnswerWriter(TransactionOperations<Connection> transactions, CardStateRepository states, ReviewLogRepository logs,
                 StudyDay day, StudyCache cache) {
        this(transactions, states, logs, day, cache.versioned());
    }

    /** {@code versioned}: raise the learner-decks' {@code study_stamp} versions, as {@link StudyCache#written} does. */
    AnswerWriter(TransactionOperations<Connection> transactions, CardStateRepository states, ReviewLogRepository logs,
                 StudyDay day, boolean versioned) {
        this.transactions = transactions;
        this.states = states;
        this.logs = logs;
        this.day = day;
        this.versioned = versioned;
    }

    /**
     * Records {@code answers} in one transaction, in order, and returns their outcomes. Throws, writing nothing,
     * when another transaction wrote one of the cards or tokens between the reads and the writes.
     */
    List<Outcome> record(List<Answer> answers) {
        Set<TokenKey> used = Set.of();
        while (true) {
            Set<TokenKey> known = used;
            try {
                return transactions.executeWrite(status -> record(new AnswerRows(status.getConnection()), answers, known));
            } catch (UsedTokens e) {
                used = e.known; // grows by at least one token per round, so this ends within the batch's size
            }
        }
    }

    /** One answer in a transaction of its own; losing a race to another transaction is an outcome, not an error. */
    Outcome alone(Answer answer) {
        try {
            return record(List.of(answer)).get(0);
        } catch (StaleAnswerException e) {
            return Outcome.STALE;
        } catch (DataAccessException e) {
            // two copies of one form, or two tabs on a new card, raced past the reads: a UNIQUE constraint let one in
            if (logs.existsByAccountIdAndAnswerToken(answer.accountId(), answer.token())) {
                return Outcome.ALREADY_RECORDED;
            }
            if (states.findByAccountIdAndCardId(answer.accountId(), answer.card().id()).map(CardStateRow::reps)
                    .orElse(0) != answer.expectedReps()) {
                return Outcome.STALE;
            }
            throw e;
        }
    }

    /**
     * One recorded answer before its rows have their ids; {@code buried} are the sibling burials it makes,
     * {@code leech} the leech flag it sets (null when it sets none).
     */
    private record Written(Answer answer, CardStateRow state, ReviewLogRow log, List<CardFlagRow> buried,
                           CardFlagRow leech) {
        CardKey card() {
            return new CardKey(answer.accountId(), answer.card().id());
        }

        DeckKey deck() {
            return new DeckKey(answer.accountId(), answer.deck().slug());
        }
    }

    /** What the batch decided for one answer: the rows to write, or the outcome it was refused with. */
    private record Decision(Answer answer, Written written, Outcome refusal) {
        static Decision refused(Answer answer, Outcome refusal) {
            return new Decision(answer, null, refusal);
        }
    }

    /** The batch's answers decided in order, and each answered card's state after them. */
    private record Plan(List<Decision> decisions, Map<CardKey, CardStateRow> current) {
        Set<TokenKey> tokens() {
            return decisions.stream().filter(d -> d.written() != null).map(d -> token(d.answer()))
                    .collect(Collectors.toSet());
        }
    }

    /**
     * Rolls a batch back to be decided again with {@code known} as used tokens; thrown only when a refused replay
     * changes what another answer of the batch decided (the same card answered after it), never for a lone one.
     */
    private static final class UsedTokens extends RuntimeException {
        final Set<TokenKey> known;

        UsedTokens(Set<TokenKey> known) {
            super(null, null, false, false);
            this.known = known;
        }
    }

    /**
     * The log goes first and skips tokens already used, so a replayed token (which the states cannot reveal when
     * sent with another card) is found by the insert the batch makes anyway, with no read of its own; the batch is
     * then decided again without the skipped answers, in memory, before any state is written.
     */
    private List<Outcome> record(AnswerRows rows, List<Answer> answers, Set<TokenKey> known) {
        Instant now = day.now();
        Map<CardKey, CardStateRow> stored = rows.states(answers.stream().map(AnswerWriter::key).distinct().toList());
        Plan plan = plan(rows, answers, stored, known, now);
        Map<TokenKey, Long> logIds = rows.insertLogs(plan.decisions().stream().map(Decision::written)
                .filter(w -> w != null).map(Written::log).toList());
        if (logIds.size() < plan.tokens().size()) {
            var used = new HashSet<>(known);
            plan.tokens().stream().filter(t -> !logIds.containsKey(t)).forEach(used::add);
            plan = plan(rows, answers, stored, used, now);
            if (!plan.tokens().equals(logIds.keySet())) {
                throw new UsedTokens(used);
            }
        }
        return write(rows, stored, plan, logIds);
    }

    private static Plan plan(AnswerRows rows, List<Answer> answers, Map<CardKey, CardStateRow> stored,
                             Set<TokenKey> known, Instant now) {
        Map<CardKey, CardStateRow> current = new HashMap<>(stored);
        Set<TokenKey> inBatch = new HashSet<>(known);
        var decisions = new ArrayList<Decision>(answers.size());
        for (Answer a : answers) {
            Optional<CardStateRow> row = Optional.ofNullable(current.get(key(a)));
            if (inBatch.contains(token(a))) {
                decisions.add(Decision.refused(a, Outcome.ALREADY_RECORDED));
            } else if (row.map(CardStateRow::reps).orElse(0) != a.expectedReps()) {
                decisions.add(Decision.refused(a, Outcome.STALE));
            } else {
                Written w = answered(a, row, now);
                inBatch.add(token(a));
                current.put(key(a), w.state());
                decisions.add(new Decision(a, w, null));
            }
        }
        return new Plan(alreadyRecorded(rows, decisions), current);
    }

    /**
     * Turns the stale answers whose token is in the log into resends. A stale answer is the common resend (the
     * same form again: recording it raised its card's review count past the {@code expectedReps} it was sent
     * with), so the log is read only when a batch holds a stale answer; a token sent with another card is caught
     * by the log's insert instead.
     */
    private static List<Decision> alreadyRecorded(AnswerRows rows, List<Decision> decisions) {
        Set<TokenKey> known = rows.knownTokens(decisions.stream().filter(d -> d.refusal() == Outcome.STALE)
                .map(d -> token(d.answer())).toList());
        return decisions.stream().map(d -> d.refusal() == Outcome.STALE && known.contains(token(d.answer()))
                ? Decision.refused(d.answer(), Outcome.ALREADY_RECORDED) : d).toList();
    }

    private static Written answered(Answer a, Optional<CardStateRow> row, Instant now) {
        CardState before = row.map(CardStateRow::toCardState).orElseGet(() -> CardState.newCard(now));
        ReviewOutcome outcome = a.scheduler().review(before, a.rating(), now, Study.cardSeed(a.accountId(), a.card().id()));
        int lapses = row.map(CardStateRow::lapses).orElse(0) + Replay.lapse(before, a.rating());
        CardStateRow state = row.map(r -> r.with(outcome.card(), lapses)).orElseGet(() -> CardStateRow.of(null,
                a.accountId(), a.deck().slug(), a.card().itemId(), a.card().id(), outcome.card(), lapses));
        var log = new ReviewLogRow(null, a.accountId(), a.deck().slug(), a.card().itemId(), a.card().id(),
                ReviewMode.REVIEW.code(), a.rating().grade(), now.toEpochMilli(), a.durationMs(), a.token());
        var after = a.after();
        List<CardFlagRow> buried = after.siblings().stream().map(c -> CardFlagRow.none(a.accountId(), a.deck().slug(),
                c.itemId(), c.id()).withBuried(after.buryUntil(), a.card().id())).toList();
        boolean lapsed = lapses > row.map(CardStateRow::lapses).orElse(0);
        CardFlagRow leech = lapsed && after.settings().leechAt(lapses)
                ? CardFlagRow.none(a.accountId(), a.deck().slug(), a.card().itemId(), a.card().id())
                        .leechAt(lapses, after.settings().leechSuspends())
                : null;
        return new Written(a, state, log, buried, leech);
    }

    private List<Outcome> write(AnswerRows rows, Map<CardKey, CardStateRow> stored, Plan plan, Map<TokenKey, Long> logIds) {
        List<Written> written = plan.decisions().stream().map(Decision::written).filter(w -> w != null).toList();
        var updates = new ArrayList<AnswerRows.Update>();
        var inserts = new ArrayList<CardStateRow>();
        for (var e : plan.current().entrySet()) {
            CardStateRow before = stored.get(e.getKey());
            if (before == null) {
                inserts.add(e.getValue());
            } else if (!e.getValue().equals(before)) { // answered in this batch
                updates.add(new AnswerRows.Update(e.getValue(), before.reps()));
            }
        }
        if (!rows.advance(updates)) {
            throw new StaleAnswerException();
        }
        Map<CardKey, Long> stateIds = rows.insertStates(inserts);
        writeFlags(rows, written);
        Map<DeckKey, Long> versions = versioned
                ? rows.raiseStamps(written.stream().collect(Collectors.toMap(Written::deck, w -> 1, Integer::sum, LinkedHashMap::new)))
                : Map.of();
        return outcomes(plan.decisions(), stateIds, logIds, versions);
    }

    /**
     * The batch's sibling burials and leech flags, one row per card (a statement may not touch a row twice): the
     * longest burial, the last leech flag.
     */
    private static void writeFlags(AnswerRows rows, List<Written> written) {
        var buried = new LinkedHashMap<CardKey, CardFlagRow>();
        var leeches = new LinkedHashMap<CardKey, CardFlagRow>();
        for (Written w : written) {
            for (CardFlagRow b : w.buried()) {
                buried.merge(new CardKey(b.accountId(), b.cardId()), b,
                        (x, y) -> y.buriedUntil() > x.buriedUntil() ? y : x);
            }
            if (w.leech() != null) {
                leeches.put(w.card(), w.leech());
            }
        }
        rows.markLeeches(leeches.values());
        rows.buryAll(buried.values());
    }

    /**
     * Each recorded answer's rows with their ids, and the version its write made: a learner-deck raised by n
     * answers of the batch went through n versions, one per answer in order.
     */
    private static List<Outcome> outcomes(List<Decision> decisions, Map<CardKey, Long> stateIds,
                                          Map<TokenKey, Long> logIds, Map<DeckKey, Long> versions) {
        var later = new HashMap<DeckKey, Integer>();
        var out = new Outcome[decisions.size()];
        for (int i = decisions.size() - 1; i >= 0; i--) {
            Written w = decisions.get(i).written();
            if (w == null) {
                out[i] = decisions.get(i).refusal();
                continue;
            }
            int after = later.merge(w.deck(), 1, Integer::sum) - 1;
            CardStateRow state = w.state().id() != null ? w.state() : w.state().withId(stateIds.get(w.card()));
            ReviewLogRow log = w.log().withId(logIds.get(token(w.answer())));
            long version = versions.containsKey(w.deck()) ? versions.get(w.deck()) - after : 0;
            out[i] = new Outcome(Recorded.RECORDED, state, log, version, w.buried(), w.leech());
        }
        return List.of(out);
    }

    private static TokenKey token(Answer a) {
        return new TokenKey(a.accountId(), a.token());
    }

    private static CardKey key(Answer a) {
        return new CardKey(a.accountId(), a.card().id());
    }
}
