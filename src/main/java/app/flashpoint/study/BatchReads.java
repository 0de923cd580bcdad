package app.flashpoint.study;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a batch of answers reads before it writes, read in two queries for the whole batch instead of two per
 * answer: which of their tokens are already in the log, and the current state rows of their cards. Kept up to
 * date as the batch writes, so a later answer in the same batch (a second tab, a resent form) sees the
 * earlier one's row and token. Read inside the batch's transaction, like the per-answer reads were.
 */
final class BatchReads {
    private record CardKey(long accountId, String cardId) {
    }

    private final Set<String> tokens;
    private final Map<CardKey, CardStateRow> states = new HashMap<>();

    private BatchReads(Set<String> tokens, List<CardStateRow> rows) {
        this.tokens = tokens;
        rows.forEach(this::wrote);
    }

    static BatchReads of(Collection<Study.Answer> answers, ReviewLogRepository logs, CardStateRepository states) {
        Set<String> tokens = new HashSet<>();
        Set<Long> accounts = new HashSet<>();
        Set<String> cards = new HashSet<>();
        for (Study.Answer a : answers) {
            tokens.add(a.token());
            accounts.add(a.accountId());
            cards.add(a.card().id());
        }
        // accounts × cards is a superset of the pairs asked for; the map is looked up by exact pair
        return new BatchReads(new HashSet<>(logs.findAnswerTokenByAnswerTokenInList(tokens)),
                states.findByAccountIdInListAndCardIdInList(accounts, cards));
    }

    boolean tokenRecorded(String token) {
        return tokens.contains(token);
    }

    Optional<CardStateRow> state(long accountId, String cardId) {
        return Optional.ofNullable(states.get(new CardKey(accountId, cardId)));
    }

    void wrote(CardStateRow row) {
        states.put(new CardKey(row.accountId(), row.cardId()), row);
    }

    void recorded(String token) {
        tokens.add(token);
    }
}
