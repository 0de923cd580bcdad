package app.flashpoint.study;

import app.flashpoint.account.CurrentAccount;
import app.flashpoint.core.fsrs.Rating;
import app.flashpoint.core.generate.cards.Card;
import app.flashpoint.system.CsrfGuard;
import app.flashpoint.system.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.HttpStatus;
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
    /** Longer than this on one card is a learner who walked away; it would distort the time spent. */
    static final long MAX_DURATION_MS = 10 * 60 * 1000;

    private final StudyDecks decks;
    private final Study study;
    private final StudyDay day;
    private final CsrfGuard csrf;
    private final ReviewLogRepository logs;

    AnswerActions(StudyDecks decks, Study study, StudyDay day, CsrfGuard csrf, ReviewLogRepository logs) {
        this.decks = decks;
        this.study = study;
        this.day = day;
        this.csrf = csrf;
        this.logs = logs;
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
        DeckCards deck = decks.of(slug);
        Card card = deck.card(form.card()).orElseThrow(() -> NotFoundException.of("card", String.valueOf(form.card())));
        if (form.rating() == null || form.rating() < 1 || form.rating() > 4) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "rating must be 1 (Again) to 4 (Easy)");
        }
        if (form.token() == null || !StudyPages.TOKEN.matcher(form.token()).matches() || form.reps() == null) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "this answer form is incomplete; reload the page");
        }
        long accountId = CurrentAccount.of(authentication).id();
        long spent = form.shown() == null ? 0 : day.now().toEpochMilli() - form.shown();
        int duration = (int) Math.max(0, Math.min(spent, MAX_DURATION_MS));
        try {
            study.answer(accountId, deck, card, Rating.ofGrade(form.rating()), form.token(), form.reps(), duration);
        } catch (StaleAnswerException e) {
            // another tab answered this card first; its answer stands
        } catch (DataAccessException e) {
            // two copies of one form raced past the token check: the UNIQUE token let one in, which is the point
            if (!logs.existsByAnswerToken(form.token())) {
                throw e;
            }
        }
        return HttpResponse.seeOther(studyPage(slug, null));
    }

    @Post(value = "/{slug}/undo", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> undo(String slug, @Nullable @Body UndoForm form, Authentication authentication, HttpRequest<?> request) {
        // an empty body is a form without its token: refused like one (403), not a malformed request (400)
        csrf.check(request, form == null ? null : form.csrfToken());
        decks.of(slug);
        var cardId = study.undo(CurrentAccount.of(authentication).id(), slug);
        return HttpResponse.seeOther(studyPage(slug, cardId.orElse(null)));
    }

    private static URI studyPage(String slug, @Nullable String cardId) {
        String path = "/study/" + URLEncoder.encode(slug, StandardCharsets.UTF_8);
        return URI.create(cardId == null ? path : path + "?card=" + URLEncoder.encode(cardId, StandardCharsets.UTF_8)
                + "&undone=1");
    }
}
