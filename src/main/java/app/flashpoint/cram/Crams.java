package app.flashpoint.cram;

import app.flashpoint.history.OffScheduleLog;
import app.flashpoint.history.ReviewMode;

import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.card.DeckCards;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Cram sessions: start one over some key points, record right/wrong answers. Deliberately knows nothing of
 * card_state or the scheduler: cramming the night before a seminar must not move anyone's study schedule.
 */
@Singleton
class Crams {
    private final CramSessionRepository sessions;
    private final CramCardRepository cards;
    private final Clock clock;
    private final OffScheduleLog history;
    private final SecureRandom random = new SecureRandom();

    Crams(CramSessionRepository sessions, CramCardRepository cards, OffScheduleLog history, Clock clock) {
        this.history = history;
        this.sessions = sessions;
        this.cards = cards;
        this.clock = clock;
    }

    long now() {
        return clock.millis();
    }

    /** Empty when the key points have no cards (the deck changed since the form was drawn). */
    @Transactional
    Optional<CramSessionRow> start(long accountId, DeckCards deck, List<String> keyPointIds) {
        var scope = new HashSet<>(keyPointIds);
        List<Card> chosen = new ArrayList<>(deck.cards().stream().filter(c -> scope.contains(c.keyPoint())).toList());
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        // shuffled, so a second round does not replay the order the answers were learnt in
        Collections.shuffle(chosen, random);
        CramSessionRow session = sessions.save(new CramSessionRow(null, accountId, deck.slug(),
                String.join(" ", keyPointIds), now(), null));
        // one by one: sqlite-jdbc cannot return generated keys from a batch (saveAll fails on SQLite)
        for (int i = 0; i < chosen.size(); i++) {
            Card card = chosen.get(i);
            cards.save(new CramCardRow(null, session.id(), card.itemId(), card.id(), i, 0, 0, null));
        }
        return Optional.of(session);
    }

    List<CramCardRow> cards(CramSessionRow session) {
        return cards.findByCramSessionIdOrderByPosition(session.id());
    }

    /**
     * Records one answer: logged once per one-time token, and only while the card is still in the loop (a
     * second tab or the back button cannot count a card twice). Right marks it done, wrong sends it to the
     * back; the last right answer finishes the session.
     */
    @Transactional
    void answer(CramSessionRow session, CramCardRow card, boolean right, String token, int durationMs) {
        if (card.done()) {
            return;
        }
        long now = now();
        boolean logged = history.record(ReviewMode.CRAM, session.accountId(), session.deckSlug(), card.itemId(),
                card.cardId(), right ? 3 : 1, now, durationMs, token);
        if (!logged) {
            return;
        }
        if (right) {
            cards.markDone(card.id(), now);
        } else {
            cards.requeue(card.id(), session.id());
        }
        finishIfDone(session, now);
    }

    /** A card the bank no longer has: nothing to ask, so it leaves the loop without an answer logged. */
    @Transactional
    void drop(CramSessionRow session, CramCardRow card) {
        long now = now();
        cards.markDone(card.id(), now);
        finishIfDone(session, now);
    }

    private void finishIfDone(CramSessionRow session, long now) {
        if (cards.findByCramSessionIdOrderByPosition(session.id()).stream().allMatch(CramCardRow::done)) {
            sessions.finish(session.id(), now);
        }
    }
}
