package app.flashpoint.gradebook;

import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.KeyPoint;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.core.generate.cards.Cards;
import app.flashpoint.deck.DeckCatalog;
import app.flashpoint.gradebook.GradebookQueries.TaughtClass;
import app.flashpoint.progress.LearnerMastery;
import jakarta.inject.Singleton;

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
    private final PracticeCompletion practice;
    private final LearnerMastery mastery;
    private final DeckCatalog catalog;

    ClassProgress(Gradebooks gradebooks, PracticeCompletion practice, LearnerMastery mastery, DeckCatalog catalog) {
        this.gradebooks = gradebooks;
        this.practice = practice;
        this.mastery = mastery;
        this.catalog = catalog;
    }

    record Report(TaughtClass classroom, int students, List<KeyPointLine> keyPoints, List<PracticeLine> practices) {
    }

    record KeyPointLine(String id, String title, String family, int mastered, String share) {
    }

    record PracticeLine(long id, String title, String due, String elapsed, List<Behind> behind) {
    }

    record Behind(Student student, String completion) {
    }

    Report of(TaughtClass classroom) {
        List<Student> students = gradebooks.students(classroom);
        Deck deck = catalog.bankDeck(classroom.deckSlug()).orElse(null);
        List<KeyPointLine> keyPoints = new ArrayList<>();
        if (deck != null) {
            List<Card> cards = Cards.of(deck);
            Map<String, Integer> mastered = new HashMap<>();
            for (Student s : students) {
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
        for (AssignmentEntry a : gradebooks.assignments(classroom)) {
            if (a.quiz()) {
                continue;
            }
            Double elapsed = practice.elapsed(a);
            Map<Long, Double> completion = practice.of(classroom, a);
            List<Behind> behind = new ArrayList<>();
            if (elapsed != null) {
                for (Student s : students) {
                    double done = completion.getOrDefault(s.accountId(), 0.0);
                    if (done < elapsed) {
                        behind.add(new Behind(s, Figures.percent(done)));
                    }
                }
            }
            Long due = a.dueAt() != null ? a.dueAt() : a.closeAt();
            practices.add(new PracticeLine(a.id(), a.title(), due == null ? "no due date"
                    : Instant.ofEpochMilli(due).toString(), elapsed == null ? "not open yet or no due date"
                    : Figures.percent(elapsed), behind));
        }
        return new Report(classroom, students.size(), keyPoints, practices);
    }
}
