package app.flashpoint.gradebook;

import app.flashpoint.assignment.AssignmentRow;
import app.flashpoint.account.Roles;
import app.flashpoint.classroom.ClassroomRow;
import io.micronaut.http.HttpResponse;
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
 * The gradebook of a class and its CSV exports, for the class's instructor only: the class is read by id
 * AND instructor (another instructor's class is a 404, like a missing one), students get a 403.
 */
@Secured({Roles.INSTRUCTOR, Roles.ADMIN})
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class GradebookPages {
    static final MediaType CSV = MediaType.of("text/csv; charset=utf-8");

    private final Gradebooks gradebooks;

    GradebookPages(Gradebooks gradebooks) {
        this.gradebooks = gradebooks;
    }

    @Introspected
    record ClassPage(ClassGradebook book) {
    }

    @Introspected
    record StudentPage(StudentReport report) {
    }

    @Get("/classes/{id}/gradebook")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> gradebook(long id, Authentication authentication) {
        ClassroomRow classroom = gradebooks.taught(id, authentication);
        return view("gradebook/class", new ClassPage(gradebooks.gradebook(classroom)));
    }

    @Get("/classes/{id}/gradebook/students/{accountId}")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> student(long id, long accountId, Authentication authentication) {
        ClassroomRow classroom = gradebooks.taught(id, authentication);
        return view("gradebook/student", new StudentPage(gradebooks.student(classroom, accountId)));
    }

    // exports also answer a client whose Accept names only text/html (a link followed by a page-minded client)
    @Get("/classes/{id}/gradebook.csv")
    @Produces({"text/csv", MediaType.ALL})
    HttpResponse<byte[]> classCsv(long id, Authentication authentication) {
        ClassroomRow classroom = gradebooks.taught(id, authentication);
        return attachment(GradebookCsv.classFile(gradebooks.gradebook(classroom)),
                GradebookCsv.fileName(classroom.name(), "gradebook"));
    }

    @Get("/classes/{id}/assignments/{assignmentId}/results.csv")
    @Produces({"text/csv", MediaType.ALL})
    HttpResponse<byte[]> assignmentCsv(long id, long assignmentId, Authentication authentication) {
        ClassroomRow classroom = gradebooks.taught(id, authentication);
        AssignmentRow quiz = gradebooks.quiz(classroom, assignmentId);
        return attachment(GradebookCsv.assignmentFile(gradebooks.results(classroom, quiz)),
                GradebookCsv.fileName(classroom.name() + " " + quiz.title(), "results"));
    }

    private static HttpResponse<byte[]> attachment(byte[] body, String fileName) {
        return HttpResponse.ok(body).contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("X-Content-Type-Options", "nosniff");
    }
}
