package app.flashpoint.assignment;

import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.generate.cards.Grade;
import app.flashpoint.core.generate.cards.Response;
import app.flashpoint.core.generate.quiz.Quiz;
import app.flashpoint.core.generate.quiz.QuestionScore;
import app.flashpoint.core.generate.quiz.QuizBuilder;
import app.flashpoint.core.generate.quiz.QuizMarking;
import app.flashpoint.core.generate.quiz.QuizQuestion;
import app.flashpoint.core.generate.quiz.QuizScore;
import app.flashpoint.core.generate.quiz.QuizScorer;
import app.flashpoint.quiz.Blueprint;
import app.flashpoint.quiz.Drawn;
import app.flashpoint.quiz.ResponseCodec;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import app.flashpoint.system.StoredJson;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Attempts at quiz assignments: start (draw and store the questions), save answers, submit, and the
 * server-side deadline: an attempt still open past its deadline is submitted, at the deadline, with what was
 * saved, before anything else is done with it.
 */
@Singleton
class Attempts {
    /** What happened to a saved answer. */
    enum Saved { SAVED, CLEARED, LOCKED, SUBMITTED }

    /** A request the rules refuse; {@code message} is for the student. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private final AttemptRepository attempts;
    private final AttemptAnswerRepository answers;
    private final ResponseCodec codec;
    private final StoredJson json;
    private final Clock clock;
    private final LocalTimes times;
    private final SecureRandom seeds = new SecureRandom();

    Attempts(AttemptRepository attempts, AttemptAnswerRepository answers, ResponseCodec codec, StoredJson json,
             Clock clock, LocalTimes times) {
        this.attempts = attempts;
        this.answers = answers;
        this.codec = codec;
        this.json = json;
        this.clock = clock;
        this.times = times;
    }

    long now() {
        return clock.millis();
    }

    /**
     * The student's open attempt if there is one, else a new one. Not one transaction on purpose: two tabs
     * pressing Start at once both try to insert the same attempt number, one insert wins, the other does
     * nothing (ON CONFLICT), and both then read the same attempt.
     *
     * @throws Refused outside the open window or when every allowed attempt is used
     */
    AttemptRow start(AssignmentRow assignment, long accountId, Deck deck) {
        long now = now();
        if (now < assignment.openAt()) {
            throw new Refused("This assignment opens on " + times.show(assignment.openAt()) + ".");
        }
        if (!assignment.isOpenAt(now)) {
            throw new Refused("This assignment closed on " + times.show(assignment.closeAt())
                    + ": no more attempts can be started.");
        }
        List<AttemptRow> mine = attempts.findByAssignmentIdAndAccountIdOrderByNumber(assignment.id(), accountId);
        for (AttemptRow a : mine) {
            AttemptRow current = current(a, assignment, deck);
            if (!current.submitted()) {
                return current;
            }
        }
        if (assignment.attemptsAllowed() != null && mine.size() >= assignment.attemptsAllowed()) {
            throw new Refused("You have used all " + assignment.attemptsAllowed() + " attempt"
                    + (assignment.attemptsAllowed() == 1 ? "" : "s") + " of this assignment.");
        }
        int number = mine.stream().mapToInt(AttemptRow::number).max().orElse(0) + 1;
        long seed = seeds.nextLong();
        List<Drawn> drawn = draw(assignment, deck, seed, now);
        attempts.begin(assignment.id(), accountId, number, seed, json.write(drawn), now, assignment.deadlineFor(now));
        return attempts.findByAssignmentIdAndAccountIdAndNumber(assignment.id(), accountId, number).orElseThrow();
    }

    /**
     * The questions of a new attempt, numbered from 1: in the builder's seeded order when questions are
     * shuffled, else in the deck's order. Options are ordered by a per-attempt seed when shuffled, else by a
     * seed fixed per item, so every student sees the same order (never the bank's order, which puts the key
     * first).
     */
    List<Drawn> draw(AssignmentRow assignment, Deck deck, long seed, long now) {
        Blueprint blueprint = blueprint(assignment);
        Quiz quiz = QuizBuilder.build(blueprint.toQuiz(deck, seed, Map.of(), Instant.ofEpochMilli(now)));
        List<QuizQuestion> questions = new ArrayList<>(quiz.questions());
        if (!assignment.shuffleQuestions()) {
            Map<String, Integer> position = new HashMap<>();
            List<Item> items = deck.items();
            for (int i = 0; i < items.size(); i++) {
                position.put(items.get(i).id(), i);
            }
            questions.sort(Comparator.comparing((QuizQuestion q) -> position.get(q.item().id()))
                    .thenComparing(q -> q.card().ordinal()));
        }
        var drawn = new ArrayList<Drawn>();
        for (QuizQuestion q : questions) {
            long display = assignment.shuffleOptions() ? q.displaySeed() : fixedSeed(q.item().id());
            drawn.add(new Drawn(drawn.size() + 1, q.item().id(), q.card().ordinal(), display));
        }
        return drawn;
    }

    private static long fixedSeed(String itemId) {
        long h = 1125899906842597L;
        for (byte b : itemId.getBytes(StandardCharsets.UTF_8)) {
            h = 31 * h + b;
        }
        return h;
    }

    /** The attempt as it stands now: one whose deadline passed is submitted first (at its deadline). */
    AttemptRow current(AttemptRow attempt, AssignmentRow assignment, Deck deck) {
        if (!attempt.submitted() && attempt.expiredAt(now())) {
            submit(attempt, assignment, deck, attempt.deadlineAt());
            return attempts.findById(attempt.id()).orElseThrow();
        }
        return attempt;
    }

    /**
     * Saves (or, for a null response, clears) the answer to one question. With immediate feedback the first
     * saved answer is final. The caller has made the attempt current, so an expired one arrives submitted.
     */
    @Transactional
    Saved save(AttemptRow attempt, AssignmentRow assignment, QuizQuestion question, @Nullable Response response) {
        if (attempts.lockOpen(attempt.id()) == 0) {
            return Saved.SUBMITTED;
        }
        if (response == null) {
            if (assignment.immediateFeedback()) {
                return answered(attempt).containsKey(question.number()) ? Saved.LOCKED : Saved.CLEARED;
            }
            answers.clear(attempt.id(), question.number());
            return Saved.CLEARED;
        }
        Grade grade = assignment.marking().grade(question.card(), response);
        String chosen = response instanceof Response.Choice c ? c.option() : null;
        if (assignment.immediateFeedback()) {
            return answers.saveOnce(attempt.id(), question.number(), question.item().id(), codec.encode(response),
                    chosen, grade.mark().stored(), grade.score(), now()) == 1 ? Saved.SAVED : Saved.LOCKED;
        }
        answers.upsert(attempt.id(), question.number(), question.item().id(), codec.encode(response), chosen,
                grade.mark().stored(), grade.score(), now());
        return Saved.SAVED;
    }

    /**
     * Submits with what was saved; unanswered questions score 0. Every saved answer is marked again with the
     * card as it is now, so that the answers' marks add up to the attempt's score (which a re-mark, made only
     * once it is submitted, then recomputes from them: Remarks). False
     * when it was already submitted (then nothing changes).
     */
    @Transactional
    boolean submit(AttemptRow attempt, AssignmentRow assignment, Deck deck, long at) {
        if (attempts.lockOpen(attempt.id()) == 0) {
            return false;
        }
        Map<Integer, AttemptAnswerRow> saved = answered(attempt);
        QuizScore score = QuizScorer.score(quiz(attempt, deck), responses(saved), assignment.marking());
        for (QuestionScore q : score.questions()) {
            AttemptAnswerRow row = saved.get(q.number());
            if (row != null && q.grade() != null && (!q.grade().mark().stored().equals(row.mark())
                    || row.score() == null || row.score() != q.grade().score())) {
                answers.mark(attempt.id(), q.number(), q.grade().mark().stored(), q.grade().score());
            }
        }
        double fraction = score.max() == 0 ? 0 : score.total() / score.max();
        return attempts.submit(attempt.id(), at, fraction) == 1;
    }

    /**
     * Each answered question's grade as the student is shown it: the instructor's re-mark where there is one,
     * else the marker's, weighed by the assignment's marking.
     */
    Map<Integer, Grade> grades(AttemptRow attempt, AssignmentRow assignment, Quiz quiz) {
        Map<Integer, AttemptAnswerRow> saved = answered(attempt);
        Map<Integer, Response> responses = responses(saved);
        Map<Integer, Grade> grades = new HashMap<>(remarks(saved));
        for (QuizQuestion q : quiz.questions()) {
            Response r = responses.get(q.number());
            if (r != null && !grades.containsKey(q.number())) {
                grades.put(q.number(), assignment.marking().grade(q.card(), r));
            }
        }
        return grades;
    }

    private static Map<Integer, Grade> remarks(Map<Integer, AttemptAnswerRow> saved) {
        var remarks = new HashMap<Integer, Grade>();
        saved.forEach((n, row) -> {
            if (row.remarked() && row.score() != null) {
                remarks.put(n, QuizMarking.remarked(row.score()));
            }
        });
        return remarks;
    }

    Quiz quiz(AttemptRow attempt, Deck deck) {
        return Drawn.toQuiz(json.read(attempt.questions(), Argument.listOf(Drawn.class)), attempt.seed(), deck);
    }

    Map<Integer, AttemptAnswerRow> answered(AttemptRow attempt) {
        return answers.findByAttemptIdOrderByNumber(attempt.id()).stream().collect(Collectors.toMap(
                AttemptAnswerRow::number, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    Map<Integer, Response> responses(AttemptRow attempt) {
        return responses(answered(attempt));
    }

    private Map<Integer, Response> responses(Map<Integer, AttemptAnswerRow> saved) {
        var responses = new HashMap<Integer, Response>();
        saved.forEach((n, a) -> responses.put(n, codec.decode(a.response())));
        return responses;
    }

    Blueprint blueprint(AssignmentRow assignment) {
        return json.read(assignment.blueprint(), Argument.of(Blueprint.class));
    }


}
