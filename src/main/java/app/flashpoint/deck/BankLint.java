package app.flashpoint.deck;

import app.flashpoint.core.bank.Bank;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.generate.lint.ItemLint;
import app.flashpoint.core.generate.lint.LintWarning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/**
 * The item lint run over the authored bank at start-up. Warnings only: an authored item may break a
 * writing rule on purpose, and a lint bug must never keep the app from starting, unlike a bank error.
 */
final class BankLint {
    private static final Logger LOG = LoggerFactory.getLogger(BankLint.class);

    private BankLint() {
    }

    /** Logs one WARN line per warning and an INFO summary; returns how many warnings were found. */
    static int report(Bank bank) {
        try {
            int warnings = 0;
            int items = 0;
            for (Deck deck : bank.decks()) {
                Map<String, List<LintWarning>> byItem = ItemLint.check(deck);
                items += byItem.size();
                for (var entry : byItem.entrySet()) {
                    for (LintWarning w : entry.getValue()) {
                        LOG.warn("question bank lint: {}: {}: {}", entry.getKey(), w.code().jsonName(), w.message());
                        warnings++;
                    }
                }
            }
            LOG.info("Question bank lint: {} warning(s) on {} item(s) in {} deck(s)", warnings, items,
                    bank.decks().size());
            return warnings;
        } catch (RuntimeException e) {
            LOG.warn("question bank lint could not run; start-up goes on", e);
            return 0;
        }
    }
}
