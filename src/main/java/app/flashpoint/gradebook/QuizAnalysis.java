package app.flashpoint.gradebook;

import app.flashpoint.assignment.AssignmentRow;
import app.flashpoint.core.bank.Item;
import app.flashpoint.core.stats.Answer;
import app.flashpoint.core.stats.Attempt;
import app.flashpoint.core.stats.ItemAnalysis;
import app.flashpoint.core.stats.PresentedItem;
import app.flashpoint.core.stats.QuizStatistics;
import app.flashpoint.assignment.AttemptAnswerRow;
import app.flashpoint.assignment.AttemptRow;
import app.flashpoint.gradebook.GradebookQueries.ItemDeck;
import app.flashpoint.classroom.ClassroomRow;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Wires core/stats to the stored attempts. Every question is worth 1 (attempt_answer.score is 0..1) and an
 * option is attempt_answer.chosen_option (the option's text). Per quiz, as Moodle does by default, each
 * student's FIRST submitted attempt is analysed. Reliability (alpha, ER, SE) is computed over question
 * positions, since each attempt may draw different items; each item over the attempts that presented it.
 * An item drawn twice in one attempt (two cards of one item) counts once, by its first question.
 */
@Singleton
class QuizAnalysis {
    private final GradebookQueries queries;
    private final DrawnQuestions drawn;
    private final ItemTexts items;

    QuizAnalysis(GradebookQueries queries, DrawnQuestions drawn, ItemTexts items) {
        this.queries = queries;
        this.drawn = drawn;
        this.items = items;
    }

    StatisticsReport quiz(ClassroomRow classroom, AssignmentRow quiz) {
        Set<Long> seen = new HashSet<>();
        List<AttemptRow> firsts = queries.attemptsOfClass(classroom.id()).stream()
                .filter(t -> t.assignmentId() == quiz.id() && t.submitted() && seen.add(t.accountId())).toList();
        List<AttemptAnswerRow> answers = queries.answersOfAssignment(quiz.id());
        List<Attempt> bySlot = new ArrayList<>();
        List<Attempt> byItem = new ArrayList<>();
        for (AttemptRow t : firsts) {
            List<QuestionResult> questions = drawn.of(t, answers).questions();
            bySlot.add(new Attempt(String.valueOf(t.id()), questions.stream()
                    .map(q -> Answer.of("Q" + q.number(), clamp(q.score()), 1)).toList()));
            byItem.add(itemAttempt(t, questions));
        }
        QuizStatistics slots = ItemAnalysis.of(bySlot);
        Map<String, Item> published = items.published(classroom.deckSlug());
        List<PresentedItem> presented = ItemAnalysis.ofPresented(byItem, declared(byItem, published));
        List<StatisticsReport.ItemLine> lines = presented.stream().map(p -> StatisticsReport.line(
                items.of(classroom.deckSlug(), p.statistics().itemId(), published), p.attempts(), p.statistics()))
                .toList();
        return StatisticsReport.of(slots, lines);
    }

    /** One item over every submitted attempt, in every quiz of every class the instructor teaches. */
    StatisticsReport.ItemLine item(ItemDeck item, long instructorId) {
        String pattern = "%\"" + item.itemId().replace("\\", "\\\\").replace("\"", "\\\"") + "\"%";
        List<AttemptAnswerRow> answers = queries.answersMentioning(instructorId, pattern);
        List<Attempt> attempts = new ArrayList<>();
        for (AttemptRow t : queries.attemptsMentioning(instructorId, pattern)) {
            List<QuestionResult> questions = drawn.of(t, answers).questions();
            if (questions.stream().anyMatch(q -> q.itemId().equals(item.itemId()))) {
                attempts.add(itemAttempt(t, questions));
            }
        }
        Map<String, Item> published = items.published(item.deckSlug());
        PresentedItem result = ItemAnalysis.acrossQuizzes(item.itemId(), attempts,
                ItemTexts.options(published.get(item.itemId())));
        return StatisticsReport.line(items.of(item.deckSlug(), item.itemId(), published), result.attempts(),
                result.statistics());
    }

    private static Attempt itemAttempt(AttemptRow t, List<QuestionResult> questions) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (QuestionResult q : questions) {
            answers.putIfAbsent(q.itemId(), new Answer(q.itemId(), clamp(q.score()), 1, q.chosenOption()));
        }
        return new Attempt(String.valueOf(t.id()), List.copyOf(answers.values()));
    }

    private static Map<String, List<String>> declared(List<Attempt> attempts, Map<String, Item> published) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        attempts.forEach(a -> a.answers().forEach(answer -> {
            List<String> options = ItemTexts.options(published.get(answer.itemId()));
            if (!options.isEmpty()) {
                result.put(answer.itemId(), options);
            }
        }));
        return result;
    }

    private static double clamp(double score) {
        return Math.max(0, Math.min(1, score));
    }
}
