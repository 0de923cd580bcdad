package app.flashpoint.study;

import java.util.Set;

/**
 * A goal the queue plans for, whoever set it: the learner (a {@link StudyGoalRow}) or a class's practice assignment
 * ({@link GoalSource}). {@code at} is epoch ms; {@code keyPoints} empty means the whole deck.
 */
public record ReadyByGoal(String title, long at, double targetRecall, Set<String> keyPoints) {
    public ReadyByGoal {
        keyPoints = Set.copyOf(keyPoints);
    }

    boolean covers(String keyPoint) {
        return keyPoints.isEmpty() || keyPoints.contains(keyPoint);
    }

    static ReadyByGoal of(StudyGoalRow row) {
        return new ReadyByGoal(row.title(), row.goalAt(), row.targetRecall(), Set.copyOf(row.keyPointIds()));
    }
}
