package app.flashpoint.study;

import app.flashpoint.account.CurrentAccount;
import app.flashpoint.card.DeckCards;
import app.flashpoint.card.StudyDecks;
import app.flashpoint.core.bank.Deck;
import app.flashpoint.core.bank.KeyPoint;
import app.flashpoint.system.CsrfGuard;
import app.flashpoint.system.NotFoundException;
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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static app.flashpoint.system.PageResponses.page;
import static app.flashpoint.system.PageResponses.view;

/** "Ready by" goals of one deck: the learner's goals with their forecasts, a form for a new one, and deletion. */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/study")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class GoalPages {
    static final int MAX_GOALS_PER_DECK = 10;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private final StudyDecks decks;
    private final GoalPlans plans;
    private final StudyGoalRepository goals;
    private final StudyDay day;
    private final StudyCache cache;
    private final CsrfGuard csrf;

    GoalPages(StudyDecks decks, GoalPlans plans, StudyGoalRepository goals, StudyDay day, StudyCache cache,
              CsrfGuard csrf) {
        this.decks = decks;
        this.plans = plans;
        this.goals = goals;
        this.day = day;
        this.cache = cache;
        this.csrf = csrf;
    }

    /** A goal as listed: its forecast and when it is, in the learner's words and zone. */
    @Introspected
    record GoalLine(GoalPlans.GoalForecast forecast, String when) {
    }

    @Introspected
    record GoalsPage(Deck deck, List<GoalLine> goals, GoalForm form, List<KeyPoint> keyPoints, List<Integer> targets,
                     Map<String, String> errors, String zone, boolean full) {
    }

    @Serdeable
    record TokenForm(@Nullable String csrfToken) {
    }

    @Get("/{slug}/goals")
    ModelAndView<Map<String, Object>> show(String slug, Authentication authentication) {
        long me = CurrentAccount.of(authentication).id();
        DeckCards deck = decks.of(slug, CurrentAccount.ofNullable(authentication));
        ZoneId zone = day.zone(me);
        return view("study/goals", model(me, deck, GoalForm.blank(day.now().atZone(zone).toLocalDate()), Map.of()));
    }

    @Post(value = "/{slug}/goals", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(String slug, @Body GoalForm form, Authentication authentication, HttpRequest<?> request) {
        csrf.check(request, form.csrfToken());
        long me = CurrentAccount.of(authentication).id();
        DeckCards deck = decks.of(slug, CurrentAccount.ofNullable(authentication));
        ZoneId zone = day.zone(me);
        var errors = new java.util.LinkedHashMap<>(form.problems(day.now(), zone,
                deck.deck().keyPoints().stream().map(KeyPoint::id).collect(Collectors.toSet())));
        if (goals.countByAccountIdAndDeckSlug(me, slug) >= MAX_GOALS_PER_DECK) {
            errors.put("title", "A deck holds at most " + MAX_GOALS_PER_DECK + " goals: delete one that is over first.");
        }
        if (!errors.isEmpty()) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, "study/goals", model(me, deck, form, errors));
        }
        plans.save(form.toRow(me, slug, zone, day.now().toEpochMilli()));
        cache.forget(me, slug); // committed: this instance reloads with the goal
        return Toasts.add(HttpResponse.seeOther(goalsPage(slug)), "Goal saved: the cards it needs come into your daily study.");
    }

    @Post(value = "/{slug}/goals/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(String slug, long id, @Nullable @Body TokenForm form, Authentication authentication,
                           HttpRequest<?> request) {
        csrf.check(request, form == null ? null : form.csrfToken());
        long me = CurrentAccount.of(authentication).id();
        StudyGoalRow goal = goals.findByIdAndAccountId(id, me).filter(g -> g.deckSlug().equals(slug))
                .orElseThrow(() -> NotFoundException.of("goal", String.valueOf(id)));
        plans.delete(goal);
        cache.forget(me, slug);
        return Toasts.add(HttpResponse.seeOther(goalsPage(slug)), "Goal “" + goal.title() + "” deleted.");
    }

    private GoalsPage model(long me, DeckCards deck, GoalForm form, Map<String, String> errors) {
        ZoneId zone = day.zone(me);
        List<GoalLine> lines = plans.forecasts(me, deck).stream().map(f -> new GoalLine(f,
                WHEN.format(Instant.ofEpochMilli(f.goal().goalAt()).atZone(zone)))).toList();
        return new GoalsPage(deck.deck(), lines, form, deck.deck().keyPoints(), GoalForm.TARGETS, errors, zone.getId(),
                lines.size() >= MAX_GOALS_PER_DECK);
    }

    private static URI goalsPage(String slug) {
        return URI.create("/study/" + URLEncoder.encode(slug, StandardCharsets.UTF_8) + "/goals");
    }
}
