package app.flashpoint.cram;

import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.KeyPoint;
import io.micronaut.core.annotation.Nullable;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the new-session form asked for: key points and whole families, resolved to the deck's key point
 * ids in deck order. Nothing chosen means the whole deck (the default), as in the self-test form.
 */
record CramScope(Set<String> keyPoints, Set<String> families) {

    static CramScope of(CramForms.Start form) {
        return new CramScope(chosen(form.keyPoint()), chosen(form.family()));
    }

    /** Blank checkbox values dropped, the order kept. */
    private static Set<String> chosen(@Nullable List<String> values) {
        var set = new LinkedHashSet<String>();
        if (values != null) {
            values.stream().filter(v -> v != null && !v.isBlank()).forEach(set::add);
        }
        return set;
    }

    /** False when the form names key points or families this deck does not have (an old or hand-made form). */
    boolean validFor(Deck deck) {
        var ids = deck.keyPoints().stream().map(KeyPoint::id).toList();
        var names = deck.keyPoints().stream().map(KeyPoint::family).toList();
        return ids.containsAll(keyPoints) && names.containsAll(families);
    }

    List<String> resolve(Deck deck) {
        boolean all = keyPoints.isEmpty() && families.isEmpty();
        return deck.keyPoints().stream()
                .filter(k -> all || keyPoints.contains(k.id()) || families.contains(k.family()))
                .map(KeyPoint::id).toList();
    }
}
