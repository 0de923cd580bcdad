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
import io.micronaut.views.ModelAndView;

import java.util.Map;

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

    @Get("/classes/{id}/progress")
    ModelAndView<Map<String, Object>> progress(long id, Authentication authentication) {
        return new ModelAndView<>("gradebook/progress", Map.of("report",
                progress.of(gradebooks.taught(id, authentication))));
    }
}
