package app.flashpoint.study;

import app.flashpoint.account.CurrentAccount;
import app.flashpoint.core.fsrs.EasyDay;
import app.flashpoint.system.CsrfGuard;
import app.flashpoint.system.Toasts;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static app.flashpoint.system.PageResponses.page;
import static app.flashpoint.system.PageResponses.view;

/**
 * The load balancer and easy days, for all of the learner's decks: a page of its own, linked from each deck's
 * study settings, so it is saved apart from the per-deck settings form.
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/account/easy-days")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class EasyDaysPages {
    private final EasyDays easyDays;
    private final CsrfGuard csrf;
    private final StudyCache cache;

    EasyDaysPages(EasyDays easyDays, CsrfGuard csrf, StudyCache cache) {
        this.easyDays = easyDays;
        this.csrf = csrf;
        this.cache = cache;
    }

    /** Level codes N, R, M per weekday; {@code balance} is "on" when the box is ticked. */
    @Serdeable
    record Form(@Nullable String balance, @Nullable String monday, @Nullable String tuesday,
                @Nullable String wednesday, @Nullable String thursday, @Nullable String friday,
                @Nullable String saturday, @Nullable String sunday, @Nullable String csrfToken) {

        List<String> codes() {
            return java.util.Arrays.asList(monday, tuesday, wednesday, thursday, friday, saturday, sunday);
        }

        /** The choice, or null when a level is missing or not one of N, R, M (a hand-made request). */
        EasyDays.@Nullable Choice choice() {
            var levels = new ArrayList<EasyDay>(7);
            for (String code : codes()) {
                if (code == null || code.length() != 1 || "NRM".indexOf(code.charAt(0)) < 0) {
                    return null;
                }
                levels.add(EasyDay.ofCode(code.charAt(0)));
            }
            return new EasyDays.Choice("on".equals(balance), levels);
        }
    }

    /** One weekday's row of the form: its field name, label and level code. */
    @Introspected
    record Day(String name, String label, String level) {
    }

    @Introspected
    record Level(String code, String label) {
    }

    static final List<Level> LEVELS = List.of(new Level("N", "Normal"), new Level("R", "Reduced (about half)"),
            new Level("M", "Minimum (none if possible)"));

    @Introspected
    record EasyDaysPage(boolean balance, List<Day> days, List<Level> levels, @Nullable String error, boolean saved) {
    }

    @Get
    ModelAndView<Map<String, Object>> show(Authentication authentication, @Nullable @QueryValue String saved) {
        var choice = easyDays.of(CurrentAccount.of(authentication).id());
        return view("study/easy-days", model(choice, null, saved != null));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(@Body Form form, Authentication authentication, HttpRequest<?> request) {
        csrf.check(request, form.csrfToken());
        var choice = form.choice();
        if (choice == null) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, "study/easy-days",
                    model(EasyDays.Choice.DEFAULT, "Choose Normal, Reduced or Minimum for every day.", false));
        }
        long accountId = CurrentAccount.of(authentication).id();
        easyDays.save(accountId, choice);
        cache.forget(accountId); // committed: this instance rebuilds each deck's scheduler with the new choice
        return Toasts.add(HttpResponse.seeOther(URI.create("/account/easy-days?saved=1")), "Easy days saved.");
    }

    private static EasyDaysPage model(EasyDays.Choice choice, @Nullable String error, boolean saved) {
        var days = new ArrayList<Day>(7);
        for (DayOfWeek d : DayOfWeek.values()) {
            days.add(new Day(d.name().toLowerCase(Locale.ROOT), d.getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                    String.valueOf(choice.level(d).code())));
        }
        return new EasyDaysPage(choice.balance(), days, LEVELS, error, saved);
    }
}
