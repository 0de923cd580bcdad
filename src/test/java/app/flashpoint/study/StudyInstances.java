package app.flashpoint.study;

import app.flashpoint.card.DeckCards;

import app.flashpoint.history.ReviewLogRepository;
import app.flashpoint.history.CardFlagRepository;
import app.flashpoint.history.CardStateRepository;

import app.flashpoint.core.fsrs.Rating;
import app.flashpoint.progress.PersonalWeights;
import app.flashpoint.support.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.net.URI;
import java.sql.Connection;
import java.util.Map;
import java.util.UUID;

/**
 * The study package's pieces built as another instance of the app would hold them, over the test's database:
 * for tests that need two instances, or a writer other than the app's own, and guests to study with.
 */
@Singleton
class StudyInstances {
    private final EmbeddedServer server;
    private final CardStateRepository states;
    private final ReviewLogRepository logs;
    private final StudySettingsRepository settings;
    private final StudyDay day;
    private final PersonalWeights weights;
    private final TransactionOperations<Connection> transactions;
    private final CardFlagRepository flags;
    private final StudyGoalRepository goals;
    private final EasyDays easyDays;

    StudyInstances(EmbeddedServer server, CardStateRepository states, ReviewLogRepository logs,
                   StudySettingsRepository settings, StudyDay day, PersonalWeights weights,
                   TransactionOperations<Connection> transactions, CardFlagRepository flags,
                   StudyGoalRepository goals, EasyDays easyDays) {
        this.easyDays = easyDays;
        this.flags = flags;
        this.server = server;
        this.states = states;
        this.logs = logs;
        this.settings = settings;
        this.day = day;
        this.weights = weights;
        this.transactions = transactions;
        this.goals = goals;
    }

    Study study(StudyCache cache) {
        return new Study(states, logs, settings, day, weights, cache, flags, goals, java.util.List.of(), easyDays);
    }

    /** {@code versioned}: raises the study versions, as on PostgreSQL, whichever database runs the test. */
    AnswerWriter writer(boolean versioned) {
        return new AnswerWriter(transactions, states, logs, day, versioned);
    }

    /** A Good answer to {@code cardId}, sent when the card had {@code expectedReps} reviews. */
    Study.Answer answer(Study study, long accountId, DeckCards deck, String cardId, int expectedReps) {
        return new Study.Answer(accountId, deck, deck.card(cardId).orElseThrow(), Rating.GOOD,
                UUID.randomUUID().toString(), expectedReps, 1000, study.scheduler(accountId, deck));
    }

    /** A new guest's account id. */
    long guest() {
        var web = new WebSession(URI.create(server.getURL() + "/"));
        web.get("/");
        web.post("/guest", Map.of("next", "/"));
        return web.accountId();
    }
}
