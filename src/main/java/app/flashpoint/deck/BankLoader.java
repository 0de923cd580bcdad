package app.flashpoint.deck;

import app.flashpoint.core.bank.Bank;
import app.flashpoint.core.bank.BankException;
import app.flashpoint.core.bank.BankReader;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the question bank when the app starts; a bank error stops start-up with one line per problem,
 * while lint findings are only logged as warnings.
 */
@Context
class BankLoader {
    private static final Logger LOG = LoggerFactory.getLogger(BankLoader.class);
    private final BankLocation location;
    private final BankSync sync;

    BankLoader(BankLocation location, BankSync sync) {
        this.location = location;
        this.sync = sync;
    }

    @PostConstruct
    void load() {
        Bank bank;
        try {
            bank = BankReader.read(location.bank(), location.seeds());
        } catch (BankException e) {
            e.problems().forEach(p -> LOG.error("question bank: {}", p));
            throw e;
        }
        BankSync.Report report = sync.sync(bank);
        LOG.info("Question bank: {} deck(s), {} item(s); {} inserted, {} updated, {} retired",
                bank.decks().size(), bank.decks().stream().mapToInt(d -> d.items().size()).sum(),
                report.inserted(), report.updated(), report.retired());
        BankLint.report(bank);
    }
}
