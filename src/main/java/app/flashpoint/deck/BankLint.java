package app.flashpoint.deck;

import app.flashpoint.core.bank.Bank;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.generate.lint.ItemLint;
import app.flashpoint.core.generate.lint.LintWarning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The item lint run over the authored bank at start-up. Warnings only: an authored item may break a
 * writing rule on purpose, and a lint bug must never keep the app from starting, unlike a bank error.
 * An advisory warning on an item whose {@code note} says why it is kept is logged as justified (INFO):
 * the WARN lines are what a reviewer still has to look at.
 */
final class BankLint {
    private static final Logger LOG = LoggerFactory.getLogger(BankLint.class);

    private BankLint() {
    }

    /** Logs one line per warning and an INFO summary; returns how many warnings are not justified by a note. */
    static int report(Bank bank) {
        try {
            int warnings = 0;
            int justified = 0;
            int items = 0;
            for (Deck deck : bank.decks()) {
                Map<String, Item> byId = deck.items().stream().collect(Collectors.toMap(Item::id, Function.identity()));
                Map<String, List<LintWarning>> byItem = ItemLint.check(deck);
                items += byItem.size();
                for (var entry : byItem.entrySet()) {
                    String note = byId.get(entry.getKey()).note();
                    for (LintWarning w : entry.getValue()) {
                        if (!w.code().blocksDrafts() && !note.isEmpty()) {
                            LOG.info("question bank lint: {}: {}: {} (justified: {})", entry.getKey(),
                                    w.code().jsonName(), w.message(), note);
                            justified++;
                        } else {
                            LOG.warn("question bank lint: {}: {}: {}", entry.getKey(), w.code().jsonName(), w.message());
                            warnings++;
                        }
                    }
                }
            }
            LOG.info("Question bank lint: {} warning(s) on {} item(s) in {} deck(s), {} more justified by a note",
                    warnings, items, bank.decks().size(), justified);
            return warnings;
        } catch (RuntimeException e) {
            LOG.warn("question bank lint could not run; start-up goes on", e);
            return 0;
        }
    }
}
