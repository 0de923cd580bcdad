package app.flashpoint.gradebook;

import app.flashpoint.assignment.AssignmentRow;
import app.flashpoint.account.CurrentAccount;
import app.flashpoint.account.Roles;
import app.flashpoint.gradebook.GradebookQueries.ItemDeck;
import app.flashpoint.classroom.ClassroomRow;
import app.flashpoint.system.NotFoundException;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.views.ModelAndView;

import java.util.Map;

import static app.flashpoint.system.PageResponses.view;

/**
 * Item analysis for instructors: per quiz of a class they teach, and per item across every quiz of every
 * class they teach (only their own students' attempts, never another instructor's).
 */
@Secured({Roles.INSTRUCTOR, Roles.ADMIN})
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class StatisticsPages {
    private final Gradebooks gradebooks;
    private final QuizAnalysis analysis;
    private final GradebookQueries queries;

    StatisticsPages(Gradebooks gradebooks, QuizAnalysis analysis, GradebookQueries queries) {
        this.gradebooks = gradebooks;
        this.analysis = analysis;
        this.queries = queries;
    }

    @Introspected
    record QuizPage(ClassroomRow classroom, AssignmentRow quiz, StatisticsReport report) {
    }

    @Introspected
    record ItemPage(String deckSlug, StatisticsReport.ItemLine line) {
    }

    @Get("/classes/{id}/assignments/{assignmentId}/statistics")
    ModelAndView<Map<String, Object>> quiz(long id, long assignmentId, Authentication authentication) {
        ClassroomRow classroom = gradebooks.taught(id, authentication);
        AssignmentRow quiz = gradebooks.quiz(classroom, assignmentId);
        return view("gradebook/statistics", new QuizPage(classroom, quiz, analysis.quiz(classroom, quiz)));
    }

    @Get("/items/{itemId}/statistics")
    ModelAndView<Map<String, Object>> item(String itemId, Authentication authentication) {
        ItemDeck item = queries.itemDeck(itemId).orElseThrow(() -> NotFoundException.of("item", itemId));
        return view("gradebook/item", new ItemPage(item.deckSlug(),
                analysis.item(item, CurrentAccount.of(authentication).id())));
    }
}
