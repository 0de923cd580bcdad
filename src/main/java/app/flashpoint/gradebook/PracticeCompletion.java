package app.flashpoint.gradebook;

import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.KeyPoint;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.core.generate.cards.Cards;
import app.flashpoint.deck.DeckCatalog;
import app.flashpoint.gradebook.GradebookQueries.ReviewedCard;
import app.flashpoint.gradebook.GradebookQueries.TaughtClass;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Completion of a practice assignment ("study key points X until D"): the share of its key points all of
 * whose cards the student reviewed in daily study (review_log mode 'review') between the assignment's open
 * time and its due time (else its close time, else now). The key points come from the blueprint's
 * {@code keyPoints} ids, plus those of its {@code families}; a blueprint naming neither means the whole deck.
 */
@Singleton
class PracticeCompletion {
    private final GradebookQueries queries;
    private final DeckCatalog catalog;
    private final JsonMapper json;
    private final Clock clock;

    PracticeCompletion(GradebookQueries queries, DeckCatalog catalog, JsonMapper json, Clock clock) {
        this.queries = queries;
        this.catalog = catalog;
        this.json = json;
        this.clock = clock;
    }

    /** Completion 0..1 per student id (students who reviewed nothing are absent: 0); empty without key points. */
    Map<Long, Double> of(TaughtClass classroom, AssignmentEntry practice) {
        Map<String, List<Card>> cardsByKeyPoint = cardsOfKeyPoints(classroom.deckSlug(), practice.blueprint());
        if (cardsByKeyPoint.isEmpty()) {
            return Map.of();
        }
        long to = practice.dueAt() != null ? practice.dueAt()
                : practice.closeAt() != null ? practice.closeAt() : clock.millis();
        Map<Long, Set<String>> reviewed = new HashMap<>();
        for (ReviewedCard r : queries.reviewedCards(classroom.id(), classroom.deckSlug(), practice.openAt(), to)) {
            reviewed.computeIfAbsent(r.accountId(), k -> new HashSet<>()).add(r.cardId());
        }
        Map<Long, Double> result = new HashMap<>();
        reviewed.forEach((student, cards) -> {
            long done = cardsByKeyPoint.values().stream()
                    .filter(its -> its.stream().allMatch(c -> cards.contains(c.id()))).count();
            result.put(student, (double) done / cardsByKeyPoint.size());
        });
        return result;
    }

    /** Whether a practice is open now, and the share of its window already gone (0..1), for "behind". */
    Double elapsed(AssignmentEntry practice) {
        long now = clock.millis();
        Long end = practice.dueAt() != null ? practice.dueAt() : practice.closeAt();
        if (now < practice.openAt() || end == null) {
            return null;
        }
        if (end <= practice.openAt() || now >= end) {
            return 1.0;
        }
        return (double) (now - practice.openAt()) / (end - practice.openAt());
    }

    /** The practice's key points (those with cards) and their cards, in deck order. */
    Map<String, List<Card>> cardsOfKeyPoints(String deckSlug, String blueprint) {
        Deck deck = catalog.bankDeck(deckSlug).orElse(null);
        if (deck == null) {
            return Map.of();
        }
        Set<String> wanted = keyPoints(blueprint, deck.keyPoints());
        Map<String, List<Card>> byKeyPoint = Cards.of(deck).stream()
                .collect(Collectors.groupingBy(Card::keyPoint, LinkedHashMap::new, Collectors.toList()));
        Map<String, List<Card>> result = new LinkedHashMap<>();
        for (KeyPoint k : deck.keyPoints()) {
            if (wanted.contains(k.id()) && byKeyPoint.containsKey(k.id())) {
                result.put(k.id(), byKeyPoint.get(k.id()));
            }
        }
        return result;
    }

    private Set<String> keyPoints(String blueprint, List<KeyPoint> all) {
        Set<String> ids = new HashSet<>();
        Set<String> families = new HashSet<>();
        try {
            Map<String, Object> map = json.readValue(blueprint, Argument.mapOf(String.class, Object.class));
            if (map != null) {
                strings(map.get("keyPoints"), ids);
                strings(map.get("families"), families);
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable blueprint names nothing: the whole deck, as below
        }
        if (ids.isEmpty() && families.isEmpty()) {
            return all.stream().map(KeyPoint::id).collect(Collectors.toSet());
        }
        all.stream().filter(k -> families.contains(k.family())).forEach(k -> ids.add(k.id()));
        return ids;
    }

    private static void strings(Object value, Set<String> into) {
        if (value instanceof Collection<?> c) {
            c.forEach(v -> into.add(String.valueOf(v)));
        }
    }
}
