package app.flashpoint.account;

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

import static app.flashpoint.system.PageResponses.seeOther;

/** The header's light/dark switch: the choice is kept with the account (guests too), then back to the page. */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class ThemePages {
    private final Themes themes;
    private final CsrfGuard csrf;

    ThemePages(Themes themes, CsrfGuard csrf) {
        this.themes = themes;
        this.csrf = csrf;
    }

    /** {@code theme}: light, dark, or system (follow the system's setting again). */
    @Serdeable
    record ThemeForm(@Nullable String csrfToken, @Nullable String theme, @Nullable String next) {
    }

    @Post(value = "/account/theme", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> choose(@Nullable @Body ThemeForm form, Authentication authentication, HttpRequest<?> request) {
        csrf.check(request, form == null ? null : form.csrfToken());
        themes.choose(CurrentAccount.of(authentication).id(), form.theme() == null ? "" : form.theme().strip());
        return seeOther(AccountPages.localPath(form.next()));
    }
}
