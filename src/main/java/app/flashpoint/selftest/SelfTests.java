package app.flashpoint.selftest;

import app.flashpoint.quiz.Blueprint;
import app.flashpoint.quiz.Drawn;
import app.flashpoint.quiz.ResponseCodec;

import app.flashpoint.history.OffScheduleLog;
import app.flashpoint.history.ReviewLogRepository;
import app.flashpoint.history.ReviewMode;

import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.core.generate.cards.Grade;
import app.flashpoint.core.generate.cards.Grader;
import app.flashpoint.core.generate.cards.Response;
import app.flashpoint.core.generate.quiz.Quiz;
import app.flashpoint.core.generate.quiz.QuizBuilder;
import app.flashpoint.core.generate.quiz.QuizQuestion;
import app.flashpoint.core.generate.quiz.QuizScorer;
import app.flashpoint.core.generate.quiz.QuizShortageException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import app.flashpoint.system.StoredJson;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Creating, answering and finishing self-tests; the pages only translate HTTP to these calls. */
@Singleton
class SelfTests {
    /** What happened to a posted answer. */
    enum Outcome { SAVED, ALREADY_ANSWERED, TOO_LATE, FINISHED }

    private final SelfTestRepository tests;
    private final SelfTestAnswerRepository answers;
    private final ReviewLogRepository log;
    private final OffScheduleLog history;
    private final ResponseCodec codec;
    private final StoredJson json;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    SelfTests(SelfTestRepository tests, SelfTestAnswerRepository answers, ReviewLogRepository log,
              OffScheduleLog history, ResponseCodec codec, StoredJson json, Clock clock) {
        this.log = log;
        this.history = history;
        this.tests = tests;
        this.answers = answers;
        this.codec = codec;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Draws and stores a new test with a fresh seed, steering away from items the learner met recently.
     *
     * @throws QuizShortageException when the deck has too few matching items
     */
    @Transactional
    SelfTestRow create(long accountId, Deck deck, Blueprint blueprint, @Nullable Integer timeLimitSeconds,
                       String feedback) {
        long seed = seeds.nextLong();
        Instant now = clock.instant();
        Quiz quiz = QuizBuilder.build(blueprint.toQuiz(deck, seed, lastSeen(accountId, deck), now));
        List<Drawn> drawn = quiz.questions().stream()
                .map(Drawn::of).toList();
        return tests.save(new SelfTestRow(null, accountId, deck.slug(), json.write(blueprint), seed, json.write(drawn),
                drawn.size(), timeLimitSeconds, feedback, now.toEpochMilli(), null, null));
    }

    /**
     * When the learner last met each item: in the review log (any mode) or as a question of an earlier
     * self-test, answered or not, so a retake draws other items while there are any.
     */
    private Map<String, Instant> lastSeen(long accountId, Deck deck) {
        var seen = new HashMap<String, Long>();
        log.lastSeen(accountId, deck.slug()).forEach(s -> {
            if (s.lastSeen() != null) {
                seen.merge(s.itemId(), s.lastSeen(), Math::max);
            }
        });
        for (SelfTestRow earlier : tests.findByAccountIdAndDeckSlug(accountId, deck.slug())) {
            drawn(earlier).forEach(d -> seen.merge(d.itemId(), earlier.startedAt(), Math::max));
        }
        return seen.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> Instant.ofEpochMilli(e.getValue())));
    }

    /** The stored draw as a quiz again (see {@link Drawn#toQuiz}). */
    Quiz quiz(SelfTestRow test, Deck deck) {
        return Drawn.toQuiz(drawn(test), test.seed(), deck);
    }

    Blueprint blueprint(SelfTestRow test) {
        return json.read(test.blueprint(), Argument.of(Blueprint.class));
    }

    Map<Integer, SelfTestAnswerRow> answers(SelfTestRow test) {
        return answers.findBySelfTestIdOrderByNumber(test.id()).stream()
                .collect(Collectors.toMap(SelfTestAnswerRow::number, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    Map<Integer, Response> responses(SelfTestRow test) {
        var responses = new HashMap<Integer, Response>();
        answers(test).forEach((n, a) -> responses.put(n, codec.decode(a.response())));
        return responses;
    }

    /**
     * Saves one answer, graded, and logs it (mode 'test'); the first answer to a question is the one that
     * counts. Past the deadline nothing is saved and the test is finished with what was saved before.
     * The test row is read again inside the transaction, so two tabs cannot both pass the checks.
     */
    @Transactional
    Outcome answer(long testId, long accountId, Deck deck, int number, Response response) {
        SelfTestRow test = tests.findByIdAndAccountId(testId, accountId).orElseThrow();
        long now = clock.millis();
        if (test.finished()) {
            return Outcome.FINISHED;
        }
        if (test.expiredAt(now)) {
            finish(test, deck, test.deadline());
            return Outcome.TOO_LATE;
        }
        Quiz quiz = quiz(test, deck);
        QuizQuestion question = quiz.questions().stream().filter(q -> q.number() == number).findFirst().orElseThrow();
        Map<Integer, SelfTestAnswerRow> before = answers(test);
        if (before.containsKey(number)) {
            return Outcome.ALREADY_ANSWERED;
        }
        Card card = question.card();
        Grade grade = Grader.grade(card, response);
        if (answers.record(testId, number, codec.encode(response), grade.mark().stored(), grade.score(), now) == 0) {
            return Outcome.ALREADY_ANSWERED;
        }
        long previous = before.values().stream().mapToLong(SelfTestAnswerRow::answeredAt).max().orElse(test.startedAt());
        history.record(ReviewMode.TEST, accountId, test.deckSlug(), question.item().id(), card.id(), rating(grade),
                now, Math.max(0, now - previous), "test-" + testId + "-" + number);
        if (before.size() + 1 >= quiz.questions().size()) {
            finish(test, deck, now);
        }
        return Outcome.SAVED;
    }

    /** Finishes the test if it is not already; unanswered questions score 0. */
    @Transactional
    void finish(SelfTestRow test, Deck deck, long at) {
        if (!test.finished()) {
            double score = QuizScorer.score(quiz(test, deck), responses(test)).total();
            tests.finish(test.id(), at, score);
        }
    }

    /** The test as it stands now: a timed test whose time ran out is finished first (at its deadline). */
    SelfTestRow current(SelfTestRow test, Deck deck) {
        if (!test.finished() && test.expiredAt(clock.millis())) {
            finish(test, deck, test.deadline());
            return tests.findById(test.id()).orElseThrow();
        }
        return test;
    }

    long now() {
        return clock.millis();
    }

    /** Review-log ratings: a wrong answer is Again, a nearly right one Hard, a right answer Good (never Easy). */
    static int rating(Grade grade) {
        return switch (grade.mark()) {
            case WRONG -> 1;
            case CLOSE -> 2;
            case CORRECT -> 3;
        };
    }

    List<Drawn> drawn(SelfTestRow test) {
        return json.read(test.questions(), Argument.listOf(Drawn.class));
    }


}
