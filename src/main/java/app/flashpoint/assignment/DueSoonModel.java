package app.flashpoint.assignment;

import app.flashpoint.account.CurrentAccount;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a student's next few open assignments on the home page ({@code dueSoon}), so what a class expects
 * of them is the first thing they see, without the deck feature knowing about classes.
 */
@Singleton
class DueSoonModel implements ViewModelProcessor<Map<String, Object>> {
    private static final int SHOWN = 3;

    private final OpenAssignments openAssignments;

    DueSoonModel(OpenAssignments openAssignments) {
        this.openAssignments = openAssignments;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        if (!modelAndView.getView().map("deck/home"::equals).orElse(false)) {
            return;
        }
        OpenAssignments.Open open = request.getUserPrincipal(Authentication.class)
                .map(a -> openAssignments.of(CurrentAccount.of(a).id(), SHOWN))
                .orElse(new OpenAssignments.Open(List.of(), 0));
        var model = new HashMap<String, Object>(modelAndView.getModel().orElse(Map.of()));
        model.put("dueSoon", open.lines());
        model.put("dueCount", open.count());
        modelAndView.setModel(model);
    }
}
