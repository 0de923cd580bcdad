package app.flashpoint.assignment;

import app.flashpoint.account.CurrentAccount;
import app.flashpoint.card.DeckCards;
import app.flashpoint.card.StudyDecks;
import app.flashpoint.classroom.ClassroomRow;
import app.flashpoint.classroom.Classrooms;
import app.flashpoint.study.GoalPlans;
import app.flashpoint.study.StudyCache;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A practice's "ready by" target as the instructor sees it and as it reaches the students: each student's predicted
 * recall at the due date (with their own weights and answers), and the students' study refreshed when it changes.
 */
@Singleton
class PracticeReadiness {
    private final PracticeGoals goals;
    private final GoalPlans plans;
    private final StudyDecks decks;
    private final Classrooms classrooms;
    private final StudyCache cache;

    PracticeReadiness(PracticeGoals goals, GoalPlans plans, StudyDecks decks, Classrooms classrooms, StudyCache cache) {
        this.goals = goals;
        this.plans = plans;
        this.decks = decks;
        this.classrooms = classrooms;
        this.cache = cache;
    }

    /** Each student's forecast by account id; empty unless the practice has a target. */
    Map<Long, GoalPlans.Forecast> forecasts(AssignmentRow practice, ClassroomRow classroom, CurrentAccount instructor) {
        if (!practice.readyBy()) {
            return Map.of();
        }
        DeckCards deck = decks.of(classroom.deckSlug(), instructor);
        var out = new LinkedHashMap<Long, GoalPlans.Forecast>();
        for (Classrooms.Student s : classrooms.students(classroom)) {
            out.put(s.accountId(), plans.forecast(s.accountId(), deck, goals.goal(practice)));
        }
        return out;
    }

    /** After a practice with a target (before or after the change) was saved or deleted: the students' queues change. */
    void changed(ClassroomRow classroom, List<AssignmentRow> versions) {
        if (versions.stream().anyMatch(a -> a != null && a.readyBy())) {
            classrooms.students(classroom).forEach(s -> cache.goalsChanged(s.accountId()));
        }
    }
}
