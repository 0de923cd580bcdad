package app.flashpoint.study;

import app.flashpoint.card.StudyDecks;
import app.flashpoint.deck.DeckSummary;
import app.flashpoint.deck.HomePage;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a signed-in learner's day on the home page ({@code today}: per deck slug, what daily study has left now),
 * so that each deck's card says what is due and starts it in one click, without the deck feature knowing
 * about study.
 */
@Singleton
class TodayModel implements ViewModelProcessor<Map<String, Object>> {
    private final Study study;
    private final StudyDecks decks;

    TodayModel(Study study, StudyDecks decks) {
        this.study = study;
        this.decks = decks;
    }

    /** What is left to study in one deck now, as the study page's counts show it. */
    @Introspected
    record DeckToday(int newCards, int learning, int reviews, int answered) {
        public boolean nothingLeft() {
            return newCards + learning + reviews == 0;
        }
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        var learner = HomePage.learner(request, modelAndView);
        if (learner.isEmpty()) {
            return;
        }
        var model = new HashMap<String, Object>(modelAndView.getModel().orElse(Map.of()));
        var today = new LinkedHashMap<String, DeckToday>();
        if (model.get("decks") instanceof List<?> shown) {
            for (Object d : shown) {
                if (d instanceof DeckSummary deck) {
                    Study.Plan plan = study.plan(learner.get().id(), decks.of(deck.slug(), learner.get()));
                    StudyQueue q = plan.queue();
                    today.put(deck.slug(), new DeckToday(q.newCards(), q.learning(), q.reviews(), plan.today().answers()));
                }
            }
        }
        model.put("today", today);
        modelAndView.setModel(model);
    }
}
