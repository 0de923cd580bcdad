package app.flashpoint.study;

import java.util.List;

/**
 * Goals set for a learner by someone else (an instructor's practice assignment), which the learner's daily study
 * plans for as for their own. Read with the learner-deck's study snapshot: a source whose goals change calls
 * {@link StudyCache#goalsChanged} for the learners concerned.
 */
public interface GoalSource {
    /** The goals for {@code accountId} in the deck that are still ahead at {@code now}. */
    List<ReadyByGoal> goals(long accountId, String deckSlug, long now);
}
