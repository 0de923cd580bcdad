package app.flashpoint.progress;

import app.flashpoint.history.ReviewLogRepository;
import app.flashpoint.history.ReviewMode;

import app.flashpoint.account.CurrentAccount;
import app.flashpoint.account.Profiles;
import app.flashpoint.system.CsrfGuard;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import io.micronaut.core.annotation.Introspected;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.time.Clock;
import java.util.Map;

import static app.flashpoint.system.PageResponses.view;

/**
 * The learner's dashboard and personal optimizer. Every query is keyed by the signed-in account's id and
 * no route takes another id, so a learner can only ever see and change their own progress.
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/progress")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class ProgressPages {
    private final DashboardBuilder dashboards;
    private final PersonalFit fitting;
    private final PersonalWeights personalWeights;
    private final FittedWeightsRepository fitted;
    private final ReviewLogRepository log;
    private final CsrfGuard csrf;
    private final Clock clock;
    private final Profiles profiles;
    private final ApplicationEventPublisher<WeightsChanged> changes;
    private final RetentionCurves curves;

    ProgressPages(DashboardBuilder dashboards, PersonalFit fitting, PersonalWeights personalWeights,
                  FittedWeightsRepository fitted, ReviewLogRepository log, CsrfGuard csrf, Clock clock,
                  Profiles profiles, ApplicationEventPublisher<WeightsChanged> changes, RetentionCurves curves) {
        this.changes = changes;
        this.curves = curves;
        this.dashboards = dashboards;
        this.fitting = fitting;
        this.personalWeights = personalWeights;
        this.fitted = fitted;
        this.log = log;
        this.csrf = csrf;
        this.clock = clock;
        this.profiles = profiles;
    }

    @Serdeable
    record TokenForm(@Nullable String csrfToken) {
    }

    /** What the optimizer page polls while a fit runs. */
    @Serdeable
    record JobStatus(String status, String stage, long elapsedSeconds) {
    }

    /** Time so far while running; the fit's own duration once it has ended. */
    private long elapsedSeconds(FitJobRow job) {
        long end = job.fitStatus() == FitStatus.RUNNING ? clock.millis() : job.updatedAt();
        return Math.max(0, (end - job.startedAt()) / 1000);
    }

    /** An empty form body binds to no form at all; it must still be refused as a CSRF failure (403), not a 400. */
    private static String token(@Nullable TokenForm form) {
        return form == null ? null : form.csrfToken();
    }

    @Introspected
    record DashboardPage(Dashboard dashboard) {
    }

    /** The optimizer page; {@code notice} is empty when there is none. */
    @Introspected
    record FsrsPage(OptimizerPage page, String notice, RetentionCurves.Chart chart) {
    }

    @Get
    ModelAndView<Map<String, Object>> dashboard(Authentication authentication) {
        return view("progress/dashboard", new DashboardPage(dashboards.build(CurrentAccount.of(authentication))));
    }

    @Get("/fsrs")
    ModelAndView<Map<String, Object>> optimizer(Authentication authentication, @Nullable @QueryValue String notice) {
        long id = CurrentAccount.of(authentication).id();
        var reviews = log.history(id, ReviewMode.REVIEW.code());
        int items = TrainingItems.count(reviews);
        var fit = fitted.findByAccountId(id);
        var job = fitting.job(id).map(j -> new OptimizerPage.Job(j.fitStatus(), j.stage(),
                elapsedSeconds(j))).orElse(null);
        boolean running = job != null && job.running();
        String hint = items < PersonalFit.MIN_ITEMS
                ? "You have " + items + " usable reviews; fitting needs at least " + PersonalFit.MIN_ITEMS + "."
                : items < PersonalFit.MIN_ITEMS_FOR_FULL_FIT
                ? "With " + items + " usable reviews only the initial stabilities (w0–w3) can be fitted; a full fit needs "
                + PersonalFit.MIN_ITEMS_FOR_FULL_FIT + "."
                : "Enough reviews for a full fit of all 21 weights.";
        var weightsInUse = personalWeights.forAccount(id);
        var page = new OptimizerPage(fit.isPresent(), reviews.size(), items,
                items >= PersonalFit.MIN_ITEMS && !running, hint,
                OptimizerPage.weights(weightsInUse),
                fit.map(f -> OptimizerPage.fit(f, profiles.zone(id))).orElse(null), job,
                PersonalFit.MIN_ITEMS, PersonalFit.MIN_ITEMS_FOR_FULL_FIT);
        return view("progress/fsrs", new FsrsPage(page, notice == null ? "" : switch (notice) {
            case "reverted" -> "Your schedule uses the default FSRS-6 weights again.";
            case "running" -> "A fit is already running.";
            case "too-few" -> "Not enough reviews to fit yet.";
            default -> "";
        }, curves.forWeights(weightsInUse)));
    }

    @Get(value = "/fsrs/job", produces = MediaType.APPLICATION_JSON)
    HttpResponse<JobStatus> job(Authentication authentication) {
        JobStatus status = fitting.job(CurrentAccount.of(authentication).id())
                .map(j -> new JobStatus(j.status(), j.stage(), elapsedSeconds(j)))
                .orElse(new JobStatus("none", "", 0));
        // JSON whatever the Accept header says: a browser's plain GET of this URL must not fail negotiation.
        return HttpResponse.ok(status).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Post(value = "/fsrs/fit", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> fit(@Nullable @Body TokenForm form, Authentication authentication, HttpRequest<?> request) {
        csrf.check(request, token(form));
        long id = CurrentAccount.of(authentication).id();
        // The page disables the button below the threshold; a hand-made POST is refused the same way.
        if (TrainingItems.count(log.history(id, ReviewMode.REVIEW.code()))
                < PersonalFit.MIN_ITEMS) {
            return HttpResponse.seeOther(URI.create("/progress/fsrs?notice=too-few"));
        }
        if (!fitting.claim(id)) {
            return HttpResponse.seeOther(URI.create("/progress/fsrs?notice=running"));
        }
        fitting.launch(id);
        return HttpResponse.seeOther(URI.create("/progress/fsrs"));
    }

    @Post(value = "/fsrs/revert", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revert(@Nullable @Body TokenForm form, Authentication authentication, HttpRequest<?> request) {
        csrf.check(request, token(form));
        long id = CurrentAccount.of(authentication).id();
        fitted.deleteByAccountId(id);
        changes.publishEvent(new WeightsChanged(id));
        return HttpResponse.seeOther(URI.create("/progress/fsrs?notice=reverted"));
    }
}
