package app.flashpoint.deck;

import app.flashpoint.core.bank.Bank;
import app.flashpoint.core.bank.BankReader;
import app.flashpoint.core.bank.Bloom;
import app.flashpoint.core.bank.ItemContent;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static app.flashpoint.core.generate.Fixtures.deck;
import static app.flashpoint.core.generate.Fixtures.item;
import static app.flashpoint.core.generate.Fixtures.keyPoint;
import static org.assertj.core.api.Assertions.assertThat;

class BankLintTest {
    private final Logger logger = (Logger) LoggerFactory.getLogger(BankLint.class);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void capture() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void release() {
        logger.detachAppender(log);
    }

    @Test
    void oneWarnLinePerWarningThenOneSummary() {
        var bank = new Bank(List.of(deck(List.of(keyPoint("three-nos", "Red lines")), List.of(
                item("clean", "three-nos", Bloom.REMEMBER, new ItemContent.Basic("What is China's first no?", "war")),
                item("leaky", "three-nos", Bloom.REMEMBER,
                        new ItemContent.Basic("Is war China's first no?", "war"))))), Map.of());

        assertThat(BankLint.report(bank)).isEqualTo(1);

        assertThat(log.list).extracting(ILoggingEvent::getLevel, ILoggingEvent::getFormattedMessage).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Level.WARN,
                        "question bank lint: leaky: answer_in_stem: the answer 'war' appears in the prompt"),
                org.assertj.core.groups.Tuple.tuple(Level.INFO,
                        "Question bank lint: 1 warning(s) on 1 item(s) in 1 deck(s), 0 more justified by a note"));
    }

    @Test
    void theAuthoredBankIsLintedWithoutStoppingAnything() {
        Bank bank = BankReader.read(Path.of("question-bank"), Path.of("seeds"));
        int warnings = BankLint.report(bank);
        assertThat(log.list.stream().filter(e -> e.getLevel() == Level.WARN)).hasSize(warnings)
                .allSatisfy(e -> assertThat(e.getFormattedMessage()).startsWith("question bank lint: "));
        assertThat(log.list.get(log.list.size() - 1).getLevel()).isEqualTo(Level.INFO);
    }
}
