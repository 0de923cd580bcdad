package app.flashpoint.gradebook;

import app.flashpoint.system.Toasts;
import app.flashpoint.account.CurrentAccount;
import app.flashpoint.account.Roles;
import app.flashpoint.assignment.AttemptAnswerRow;
import app.flashpoint.assignment.Remarks;
import app.flashpoint.classroom.ClassroomRow;
import app.flashpoint.system.CsrfGuard;
import app.flashpoint.system.NotFoundException;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;

import java.util.regex.Pattern;

import static app.flashpoint.system.PageResponses.page;
import static app.flashpoint.system.PageResponses.seeOther;

/**
 * An instructor re-marks one answer from a student's gradebook page: a score in whole percent, or "undo" to
 * restore the marker's verdict. The attempt's score, the grade, the exports and the student's result follow
 * (assignment.Remarks). A score out of range shows the page again with the reason beside that answer.
 */
@Secured({Roles.INSTRUCTOR, Roles.ADMIN})
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class RemarkPages {
    private static final Pattern PERCENT = Pattern.compile("\\+?0*([0-9]|[1-9][0-9]|100)(\\.0*)?");
    static final String PERCENT_PROBLEM = "Enter a whole percentage from 0 to 100.";

    private final Gradebooks gradebooks;
    private final GradebookQueries queries;
    private final Remarks remarks;
    private final CsrfGuard csrf;

    RemarkPages(Gradebooks gradebooks, GradebookQueries queries, Remarks remarks, CsrfGuard csrf) {
        this.gradebooks = gradebooks;
        this.queries = queries;
        this.remarks = remarks;
        this.csrf = csrf;
    }

    /** {@code action} is "undo" for the restore button, anything else re-marks with {@code percent}. */
    @Serdeable
    record RemarkForm(@Nullable String csrfToken, @Nullable String percent, @Nullable String action) {
    }

    /** The student page with the reason a re-mark was refused, shown beside {@code answerId}'s field. */
    @Introspected
    record RefusedPage(StudentReport report, long remarkAnswer, String remarkProblem, String remarkTyped) {
    }

    @Post(value = "/classes/{id}/gradebook/students/{accountId}/answers/{answerId}",
            consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> remark(long id, long accountId, long answerId, @Nullable @Body RemarkForm form,
                           Authentication authentication, HttpRequest<?> request) {
        csrf.check(request, form == null ? null : form.csrfToken());
        ClassroomRow classroom = gradebooks.taught(id, authentication);
        AttemptAnswerRow answer = queries.answerOfStudent(answerId, classroom.id(), accountId)
                .orElseThrow(() -> new NotFoundException("No answer " + answerId + " of this student in this class"));
        Double score = null;
        if (!"undo".equals(form.action())) {
            String typed = form.percent() == null ? "" : form.percent().strip();
            if (!PERCENT.matcher(typed).matches()) {
                return page(HttpStatus.UNPROCESSABLE_ENTITY, "gradebook/student", new RefusedPage(
                        gradebooks.student(classroom, accountId), answerId, PERCENT_PROBLEM, typed));
            }
            score = Double.parseDouble(typed) / 100;
        }
        if (!remarks.remark(answer, score, CurrentAccount.of(authentication).id())) {
            return page(HttpStatus.CONFLICT, "gradebook/student", new RefusedPage(gradebooks.student(classroom,
                    accountId), answerId, "This attempt is still open: it can be re-marked once submitted.", ""));
        }
        return Toasts.seeOther("/classes/" + id + "/gradebook/students/" + accountId + "#answer-" + answerId,
                score == null ? "Back to the automatic mark." : "Re-marked: the grade is updated.");
    }
}
