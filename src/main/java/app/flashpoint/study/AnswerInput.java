package app.flashpoint.study;

import app.flashpoint.card.DeckCards;

import app.flashpoint.core.fsrs.Rating;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.system.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;

import java.time.Instant;

/**
 * A rating as the study page's form or the study API sends it, checked the same way for both: an unknown
 * card is a 404, a rating outside 1–4 or a missing token or review count a 400 that says what is wrong.
 */
record AnswerInput(@Nullable String card, @Nullable Integer rating, @Nullable String token, @Nullable Integer reps,
                   @Nullable Long shown) {
    /** Longer than this on one card is a learner who walked away; it would distort the time spent. */
    static final long MAX_DURATION_MS = 10 * 60 * 1000;

    Study.Answer toAnswer(long accountId, DeckCards deck, Instant now, Study study) {
        Card shownCard = deck.card(card).orElseThrow(() -> NotFoundException.of("card", String.valueOf(card)));
        if (rating == null || rating < 1 || rating > 4) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "rating must be 1 (Again) to 4 (Easy)");
        }
        if (token == null || !StudyPages.TOKEN.matcher(token).matches() || reps == null) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "this answer form is incomplete; reload the page");
        }
        long spent = shown == null ? 0 : now.toEpochMilli() - shown;
        int duration = (int) Math.max(0, Math.min(spent, MAX_DURATION_MS));
        return new Study.Answer(accountId, deck, shownCard, Rating.ofGrade(rating), token, reps, duration,
                study.scheduler(accountId, deck), study.afterAnswer(accountId, deck, shownCard));
    }
}
