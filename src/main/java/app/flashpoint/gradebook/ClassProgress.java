package app.flashpoint.gradebook;

import app.flashpoint.classroom.Classrooms;
import app.flashpoint.assignment.AssignmentRow;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.KeyPoint;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.core.generate.cards.Cards;
import app.flashpoint.deck.DeckCatalog;
import app.flashpoint.classroom.ClassroomRow;
import app.flashpoint.assignment.PracticeProgress;
import app.flashpoint.progress.LearnerMastery;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A class's progress. Mastery of a key point is the learner dashboard's figure (mean recall now of its
 * cards, never-reviewed cards counting 0, see progress/LearnerMastery); a student has mastered a key point
 * when it is at least 90%. A student is behind on a practice when their completion is below the share of
 * the practice's window (open to due) already gone, which after the due date means anything short of done.
 */
@Singleton
class ClassProgress {
    static final double MASTERED = 0.9;

    private final Gradebooks gradebooks;
    private final LearnerMastery mastery;
    private final DeckCatalog catalog;
    private final Clock clock;

    ClassProgress(Gradebooks gradebooks, LearnerMastery mastery, DeckCatalog catalog, Clock clock) {
        this.gradebooks = gradebooks;
        this.mastery = mastery;
        this.catalog = catalog;
        this.clock = clock;
    }

    record Report(ClassroomRow classroom, int students, List<KeyPointLine> keyPoints, List<PracticeLine> practices) {
    }

    record KeyPointLine(String id, String title, String family, int mastered, String share) {
    }

    record PracticeLine(long id, String title, String due, String elapsed, List<Behind> behind) {
    }

    record Behind(Classrooms.Student student, String completion) {
    }

    Report of(ClassroomRow classroom) {
        List<Classrooms.Student> students = gradebooks.students(classroom);
        Deck deck = catalog.bankDeck(classroom.deckSlug()).orElse(null);
        List<KeyPointLine> keyPoints = new ArrayList<>();
        if (deck != null) {
            List<Card> cards = Cards.of(deck);
            Map<String, Integer> mastered = new HashMap<>();
            for (Classrooms.Student s : students) {
                mastery.byKeyPoint(s.accountId(), cards).forEach((keyPoint, recall) -> {
                    if (recall >= MASTERED) {
                        mastered.merge(keyPoint, 1, Integer::sum);
                    }
                });
            }
            for (KeyPoint k : deck.keyPoints()) {
                if (cards.stream().noneMatch(c -> c.keyPoint().equals(k.id()))) {
                    continue;
                }
                int n = mastered.getOrDefault(k.id(), 0);
                keyPoints.add(new KeyPointLine(k.id(), k.title(), k.family(), n,
                        Figures.percent(students.isEmpty() ? null : (double) n / students.size())));
            }
        }
        List<PracticeLine> practices = new ArrayList<>();
        for (AssignmentRow a : gradebooks.assignments(classroom)) {
            if (a.quiz()) {
                continue;
            }
            Double elapsed = elapsed(a, clock.millis());
            PracticeProgress.ClassCompletion completion = gradebooks.completion(classroom, a);
            List<Behind> behind = new ArrayList<>();
            if (elapsed != null && completion != null) {
                for (Classrooms.Student s : students) {
                    double done = completion.of(s.accountId()).fraction();
                    if (done < elapsed) {
                        behind.add(new Behind(s, Figures.percent(done)));
                    }
                }
            }
            practices.add(new PracticeLine(a.id(), a.title(), a.dueAt() == null ? "no due date"
                    : Instant.ofEpochMilli(a.dueAt()).toString(), elapsed == null ? "not open yet or no due date"
                    : Figures.percent(elapsed), behind));
        }
        return new Report(classroom, students.size(), keyPoints, practices);
    }

    /**
     * The share (0..1) of a practice's window, open to due (the window its completion is counted in),
     * already gone; null before it opens or without a due date.
     */
    @Nullable
    static Double elapsed(AssignmentRow practice, long now) {
        Long due = practice.dueAt();
        if (now < practice.openAt() || due == null) {
            return null;
        }
        if (due <= practice.openAt() || now >= due) {
            return 1.0;
        }
        return (double) (now - practice.openAt()) / (due - practice.openAt());
    }
}
