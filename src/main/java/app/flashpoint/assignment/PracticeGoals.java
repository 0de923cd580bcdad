package app.flashpoint.assignment;

import app.flashpoint.study.GoalSource;
import app.flashpoint.study.ReadyByGoal;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * A practice with a "ready by" target is a goal in each of its students' daily study: its key points, its due date,
 * its target recall, planned like a goal of their own.
 */
@Singleton
class PracticeGoals implements GoalSource {
    private final AssignmentRepository assignments;
    private final Attempts rules;

    PracticeGoals(AssignmentRepository assignments, Attempts rules) {
        this.assignments = assignments;
        this.rules = rules;
    }

    @Override
    public List<ReadyByGoal> goals(long accountId, String deckSlug, long now) {
        return assignments.readyByFor(accountId, deckSlug, now).stream().map(this::goal).toList();
    }

    ReadyByGoal goal(AssignmentRow practice) {
        return new ReadyByGoal(practice.title(), practice.dueAt(), practice.targetRecall(),
                rules.blueprint(practice).keyPoints());
    }
}
