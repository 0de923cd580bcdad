package app.flashpoint.study;

import app.flashpoint.card.DeckCards;
import app.flashpoint.card.StudyDecks;

import app.flashpoint.account.CurrentAccount;
import app.flashpoint.system.CsrfGuard;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Rating a card and undoing the last rating: POSTs with CSRF, answered with a redirect (Post/Redirect/Get). */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/study")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class AnswerActions {
    private final StudyDecks decks;
    private final Study study;
    private final StudyDay day;
    private final CsrfGuard csrf;
    private final GroupCommit answers;
    private final StudyCache cache;

    AnswerActions(StudyDecks decks, Study study, StudyDay day, CsrfGuard csrf, GroupCommit answers, StudyCache cache) {
        this.decks = decks;
        this.study = study;
        this.day = day;
        this.csrf = csrf;
        this.answers = answers;
        this.cache = cache;
    }

    @Serdeable
    record AnswerForm(@Nullable String card, @Nullable Integer rating, @Nullable String token, @Nullable Integer reps,
                      @Nullable Long shown, @Nullable String csrfToken) {
    }

    @Serdeable
    record UndoForm(@Nullable String csrfToken) {
    }

    @Post(value = "/{slug}/answers", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> answer(String slug, @Body AnswerForm form, Authentication authentication, HttpRequest<?> request) {
        csrf.check(request, form.csrfToken());
        DeckCards deck = decks.of(slug, CurrentAccount.ofNullable(authentication));
        var input = new AnswerInput(form.card(), form.rating(), form.token(), form.reps(), form.shown());
        // already recorded (a resend) and stale (another tab answered first) both go on to the next card
        Study.Outcome outcome = answers.record(input.toAnswer(CurrentAccount.of(authentication).id(), deck, day.now(), study));
        if (outcome.madeLeech()) {
            return HttpResponse.seeOther(URI.create(studyPage(slug, null) + "?leech="
                    + URLEncoder.encode(outcome.leech().cardId(), StandardCharsets.UTF_8)));
        }
        return HttpResponse.seeOther(studyPage(slug, null));
    }

    @Post(value = "/{slug}/undo", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> undo(String slug, @Nullable @Body UndoForm form, Authentication authentication, HttpRequest<?> request) {
        // an empty body is a form without its token: refused like one (403), not a malformed request (400)
        csrf.check(request, form == null ? null : form.csrfToken());
        decks.of(slug, CurrentAccount.ofNullable(authentication));
        long accountId = CurrentAccount.of(authentication).id();
        var cardId = study.undo(accountId, slug);
        cache.forget(accountId, slug); // committed: the cached queue is rebuilt from the log on the next read
        return HttpResponse.seeOther(studyPage(slug, cardId.orElse(null)));
    }

    private static URI studyPage(String slug, @Nullable String cardId) {
        String path = "/study/" + URLEncoder.encode(slug, StandardCharsets.UTF_8);
        return URI.create(cardId == null ? path : path + "?card=" + URLEncoder.encode(cardId, StandardCharsets.UTF_8)
                + "&undone=1");
    }
}
