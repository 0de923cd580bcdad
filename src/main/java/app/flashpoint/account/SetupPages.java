package app.flashpoint.account;

import app.flashpoint.system.CsrfGuard;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.core.annotation.Introspected;
import app.flashpoint.system.ErrorPage;

import java.time.Clock;
import java.util.Map;

import static app.flashpoint.system.PageResponses.page;

/** The one-time link printed at first start creates the first admin. */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/setup/{token}")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class SetupPages {
    private final FirstAdmin firstAdmin;
    private final AccountRepository accounts;
    private final Passwords passwords;
    private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler;
    private final CsrfGuard csrf;
    private final Clock clock;
    private final Sessions sessions;

    SetupPages(FirstAdmin firstAdmin, AccountRepository accounts, Passwords passwords,
               LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler, CsrfGuard csrf, Clock clock, Sessions sessions) {
        this.csrf = csrf;
        this.firstAdmin = firstAdmin;
        this.accounts = accounts;
        this.passwords = passwords;
        this.loginHandler = loginHandler;
        this.clock = clock;
        this.sessions = sessions;
    }

    @Introspected
    record SetupPage(String token, AccountPages.SignUpForm form, Map<String, String> errors) {
    }

    @Get
    HttpResponse<?> form(String token) {
        if (!firstAdmin.pendingToken().map(token::equals).orElse(false)) {
            return gone();
        }
        return page("account/setup", new SetupPage(token, AccountPages.SignUpForm.empty(""), Map.of()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(String token, @Body AccountPages.SignUpForm form, HttpRequest<?> request) {
        if (!firstAdmin.pendingToken().map(token::equals).orElse(false)) {
            return gone();
        }
        csrf.check(request, form.csrfToken());
        String username = AccountPages.normalised(form.username());
        Map<String, String> errors = AccountPages.problems(username, form.password(), form.confirm(), accounts);
        if (!errors.isEmpty()) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, "account/setup",
                    new SetupPage(token, AccountPages.SignUpForm.empty(username), errors));
        }
        if (!firstAdmin.claim(token)) {
            return gone();
        }
        AccountRow admin = accounts.save(new AccountRow(null, username, passwords.hash(form.password()),
                AccountRow.ADMIN, false, clock.millis()));
        return loginHandler.loginSuccess(sessions.start(admin), request).status(HttpStatus.SEE_OTHER);
    }

    private static HttpResponse<?> gone() {
        return page(HttpStatus.GONE, "system/error", ErrorPage.gone("This set-up link has been used or has expired."));
    }
}
