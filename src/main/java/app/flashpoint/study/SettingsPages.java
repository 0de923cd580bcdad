package app.flashpoint.study;

import app.flashpoint.system.Toasts;
import app.flashpoint.card.DeckCards;
import app.flashpoint.card.StudyDecks;

import app.flashpoint.account.CurrentAccount;
import app.flashpoint.system.CsrfGuard;
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
import io.micronaut.views.ModelAndView;
import io.micronaut.core.annotation.Introspected;
import app.flashpoint.core.bank.Deck;
import static app.flashpoint.system.PageResponses.page;
import static app.flashpoint.system.PageResponses.view;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Desired retention and daily limits, per learner and deck. */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/study")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class SettingsPages {
    private final StudyDecks decks;
    private final Study study;
    private final CsrfGuard csrf;
    private final StudyCache cache;

    SettingsPages(StudyDecks decks, Study study, CsrfGuard csrf, StudyCache cache) {
        this.decks = decks;
        this.study = study;
        this.csrf = csrf;
        this.cache = cache;
    }

    /** {@code errors}: a message per field name, shown beside the field; {@code saved} after Post/Redirect/Get. */
    @Introspected
    record SettingsPage(Deck deck, SettingsForm form, Map<String, String> errors, boolean saved) {
    }

    @Get("/{slug}/settings")
    ModelAndView<Map<String, Object>> show(String slug, Authentication authentication, @Nullable @QueryValue String saved) {
        DeckCards deck = decks.of(slug, CurrentAccount.ofNullable(authentication));
        var row = study.settings(CurrentAccount.of(authentication).id(), slug);
        return view("study/settings", new SettingsPage(deck.deck(), SettingsForm.of(row), Map.of(), saved != null));
    }

    @Post(value = "/{slug}/settings", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(String slug, @Body SettingsForm form, Authentication authentication, HttpRequest<?> request) {
        csrf.check(request, form.csrfToken());
        DeckCards deck = decks.of(slug, CurrentAccount.ofNullable(authentication));
        var errors = form.problems();
        if (!errors.isEmpty()) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, "study/settings", new SettingsPage(deck.deck(), form, errors,
                    false));
        }
        long accountId = CurrentAccount.of(authentication).id();
        study.saveSettings(accountId, slug, form);
        cache.forget(accountId, slug); // committed: this instance reloads from the new settings
        return Toasts.add(HttpResponse.seeOther(URI.create("/study/" + URLEncoder.encode(slug, StandardCharsets.UTF_8)
                + "/settings?saved=1")), "Study settings saved.");
    }
}
