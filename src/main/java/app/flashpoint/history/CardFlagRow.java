package app.flashpoint.history;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * What holds one learner's card out of daily study besides its schedule: suspended ({@code suspendedBy}
 * {@value #BY_LEARNER} or {@value #BY_LEECH}, null when not), buried until {@code buriedUntil} (epoch ms;
 * {@code buriedBy} the sibling whose answer buried it, null when the learner did), and {@code leechLapses}, the
 * lapse count at which it was last flagged a leech (0: not a leech). A card without a row has none of these.
 */
@MappedEntity("card_flag")
public record CardFlagRow(@Id @GeneratedValue @Nullable Long id, long accountId, String deckSlug, String itemId,
                          String cardId, @Nullable String suspendedBy, long buriedUntil, @Nullable String buriedBy,
                          int leechLapses) {
    public static final String BY_LEARNER = "learner";
    public static final String BY_LEECH = "leech";

    /** A card with nothing held yet. */
    public static CardFlagRow none(long accountId, String deckSlug, String itemId, String cardId) {
        return new CardFlagRow(null, accountId, deckSlug, itemId, cardId, null, 0, null, 0);
    }

    public boolean suspended() {
        return suspendedBy != null;
    }

    public boolean buried(long now) {
        return buriedUntil > now;
    }

    public boolean leech() {
        return leechLapses > 0;
    }

    public CardFlagRow withSuspendedBy(@Nullable String by) {
        return new CardFlagRow(id, accountId, deckSlug, itemId, cardId, by, buriedUntil, buriedBy, leechLapses);
    }

    public CardFlagRow withBuried(long until, @Nullable String by) {
        return new CardFlagRow(id, accountId, deckSlug, itemId, cardId, suspendedBy, until, by, leechLapses);
    }

    public CardFlagRow withLeechLapses(int lapses) {
        return new CardFlagRow(id, accountId, deckSlug, itemId, cardId, suspendedBy, buriedUntil, buriedBy, lapses);
    }

    /**
     * This row after a sibling's answer buried it until {@code until} by {@code by}, as
     * {@link AnswerRows#buryAll} writes it: a burial that already lasts as long is kept (a learner's own stays theirs).
     */
    public CardFlagRow buriedBySibling(long until, String by) {
        return buriedUntil < until ? withBuried(until, by) : this;
    }

    /**
     * This row after an answer made the card a leech at {@code lapses}, as {@link AnswerRows#markLeeches} writes it:
     * suspended by the leech rule when {@code suspend} and not suspended already.
     */
    public CardFlagRow leechAt(int lapses, boolean suspend) {
        return withLeechLapses(lapses).withSuspendedBy(suspendedBy != null ? suspendedBy : suspend ? BY_LEECH : null);
    }
}
