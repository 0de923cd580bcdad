package app.flashpoint.gradebook;

import app.flashpoint.account.Roles;
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

/** A class's progress: mastery per key point and who is behind on practice, for the class's instructor. */
@Secured({Roles.INSTRUCTOR, Roles.ADMIN})
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class ClassProgressPages {
    private final Gradebooks gradebooks;
    private final ClassProgress progress;

    ClassProgressPages(Gradebooks gradebooks, ClassProgress progress) {
        this.gradebooks = gradebooks;
        this.progress = progress;
    }

    @Introspected
    record ProgressPage(ClassProgress.Report report) {
    }

    @Get("/classes/{id}/progress")
    ModelAndView<Map<String, Object>> progress(long id, Authentication authentication) {
        return view("gradebook/progress", new ProgressPage(progress.of(gradebooks.taught(id, authentication))));
    }
}
