package app.flashpoint.assignment;

import app.flashpoint.history.ReviewLogRepository;

import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.core.generate.cards.Cards;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Completion of a practice assignment, from review_log. The rule: a card counts once the student has
 * reviewed it at least once in daily study (mode 'review'; cram and self-tests do not count) between the
 * open time and the due date; a key point is done when every card of its published items counts; the
 * percentage is counted cards over all cards of the assignment's key points. The one place this rule lives:
 * the assignment's progress page, the gradebook's practice column and the class's "who is behind" list.
 */
@Singleton
public class PracticeProgress {
    private final ReviewLogRepository log;
    private final Attempts rules;

    PracticeProgress(ReviewLogRepository log, Attempts rules) {
        this.log = log;
        this.rules = rules;
    }

    /** One student's completion. {@code doneKeyPoints} are ids. */
    public record Completion(int cards, int studied, Set<String> doneKeyPoints) {
        public int percent() {
            return cards == 0 ? 100 : (int) Math.floor(100.0 * studied / cards);
        }

        /** The share 0..1 of the cards studied, as {@link #percent()} before rounding. */
        public double fraction() {
            return cards == 0 ? 1.0 : (double) studied / cards;
        }

        public boolean complete() {
            return studied == cards;
        }
    }

    /** The practice's key points (ids), as the blueprint stores them (families already expanded). */
    public Set<String> keyPoints(AssignmentRow practice) {
        return rules.blueprint(practice).keyPoints();
    }

    /** The completion of every student of a class, {@link #nothing} for one who studied none of it. */
    public record ClassCompletion(Map<Long, Completion> studied, Completion none) {
        public Completion of(long accountId) {
            return studied.getOrDefault(accountId, none);
        }
    }

    /** A practice's completion for its whole class, now (or at its due date once that has passed). */
    public ClassCompletion ofClass(AssignmentRow practice, Deck deck, long now) {
        Set<String> keyPoints = keyPoints(practice);
        return new ClassCompletion(of(practice, deck, keyPoints, now), nothing(deck, keyPoints));
    }

    /** Completion of every student of the class, by account id (students who studied nothing are absent). */
    Map<Long, Completion> of(AssignmentRow assignment, Deck deck, Set<String> keyPoints, long now) {
        Map<String, List<String>> cardsByKeyPoint = cards(deck, keyPoints);
        long to = assignment.dueAt() == null ? now : assignment.dueAt();
        var studied = new HashMap<Long, Set<String>>();
        log.studiedCards(assignment.classroomId(), deck.slug(), assignment.openAt(), to)
                .forEach(s -> studied.computeIfAbsent(s.accountId(), a -> new HashSet<>()).add(s.cardId()));
        var result = new HashMap<Long, Completion>();
        studied.forEach((account, cards) -> result.put(account, completion(cardsByKeyPoint, cards)));
        return result;
    }

    static Completion completion(Map<String, List<String>> cardsByKeyPoint, Set<String> studied) {
        int total = 0;
        int count = 0;
        var done = new HashSet<String>();
        for (var e : cardsByKeyPoint.entrySet()) {
            long n = e.getValue().stream().filter(studied::contains).count();
            total += e.getValue().size();
            count += (int) n;
            if (n == e.getValue().size()) {
                done.add(e.getKey());
            }
        }
        return new Completion(total, count, done);
    }

    static Completion nothing(Deck deck, Set<String> keyPoints) {
        return completion(cards(deck, keyPoints), Set.of());
    }

    /** The card ids of each key point, from the deck's (published) items. */
    static Map<String, List<String>> cards(Deck deck, Set<String> keyPoints) {
        var byKeyPoint = new LinkedHashMap<String, List<String>>();
        deck.keyPoints().stream().filter(k -> keyPoints.contains(k.id()))
                .forEach(k -> byKeyPoint.put(k.id(), new java.util.ArrayList<>()));
        for (Item item : deck.items()) {
            List<String> ids = byKeyPoint.get(item.keyPoint());
            if (ids != null) {
                Cards.of(item, deck).stream().map(Card::id).forEach(ids::add);
            }
        }
        return byKeyPoint;
    }
}
