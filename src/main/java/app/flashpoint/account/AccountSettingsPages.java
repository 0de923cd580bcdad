package app.flashpoint.account;

import app.flashpoint.system.Toasts;
import app.flashpoint.system.CsrfGuard;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.security.handlers.LogoutHandler;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.core.annotation.Introspected;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static app.flashpoint.system.PageResponses.page;
import static app.flashpoint.system.PageResponses.view;

/**
 * A signed-up account's own page: its name, time zone and daily goal; change the password (the current one
 * required); sign out everywhere. Downloading and deleting the account's data are the privacy feature's.
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/account")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class AccountSettingsPages {
    private final AccountRepository accounts;
    private final Passwords passwords;
    private final Sessions sessions;
    private final CsrfGuard csrf;
    private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler;
    private final LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler;
    private final Profiles profiles;
    private final PasswordConfirmation confirmation;

    AccountSettingsPages(AccountRepository accounts, Passwords passwords, Sessions sessions, CsrfGuard csrf,
                         LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler,
                         LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler, Profiles profiles,
                         PasswordConfirmation confirmation) {
        this.profiles = profiles;
        this.confirmation = confirmation;
        this.accounts = accounts;
        this.passwords = passwords;
        this.sessions = sessions;
        this.csrf = csrf;
        this.loginHandler = loginHandler;
        this.logoutHandler = logoutHandler;
    }

    @Serdeable
    record PasswordForm(@Nullable String current, @Nullable String password, @Nullable String confirm,
                        @Nullable String csrfToken) {
    }

    /**
     * {@code errors} are the password form's, {@code profileErrors} the profile form's; {@code notice} says what
     * was just saved, if anything.
     */
    @Introspected
    record SettingsPage(String username, ProfileForm profile, Map<String, String> profileErrors, List<String> zones,
                        String serverZone, Map<String, String> errors, @Nullable String notice) {
    }

    private SettingsPage settingsPage(AccountRow account, @Nullable ProfileForm profile, Map<String, String> profileErrors,
                                      Map<String, String> errors, @Nullable String notice) {
        return new SettingsPage(account.username(), profile != null ? profile : ProfileForm.of(profiles.of(account.id())),
                profileErrors, ProfileForm.ZONES, profiles.serverZone().getId(), errors, notice);
    }

    @Serdeable
    record TokenForm(@Nullable String csrfToken) {
    }

    @Get
    HttpResponse<?> settings(Authentication authentication, @Nullable @QueryValue String changed) {
        if (CurrentAccount.of(authentication).guest()) {
            return HttpResponse.seeOther(URI.create("/signup"));
        }
        String notice = changed != null ? "Password changed. Every other browser signed in to this account has been signed out." : null;
        return page("account/settings", settingsPage(signedUp(authentication), null, Map.of(), Map.of(), notice));
    }

    @Post(value = "/profile", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> saveProfile(@Body ProfileForm form, Authentication authentication, HttpRequest<?> request) {
        csrf.check(request, form.csrfToken());
        AccountRow account = signedUp(authentication);
        Map<String, String> errors = form.problems();
        if (!errors.isEmpty()) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, "account/settings",
                    settingsPage(account, form, errors, Map.of(), null));
        }
        profiles.save(account.id(), form.name(), form.zone(), form.goal());
        return Toasts.seeOther("/account", "Saved: your name, time zone and daily goal.");
    }

    @Post(value = "/password", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> changePassword(@Body PasswordForm form, Authentication authentication, HttpRequest<?> request) {
        csrf.check(request, form.csrfToken());
        AccountRow account = signedUp(authentication);
        var errors = new HashMap<String, String>();
        PasswordConfirmation.Outcome checked = confirmation.check(account.id(), form.current());
        if (checked instanceof PasswordConfirmation.Throttled throttled) {
            errors.put("current", throttled.message() + " Your password is unchanged.");
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER,
                    throttled.retryAfterSeconds()).body(view("account/settings",
                    settingsPage(account, null, Map.of(), errors, null)));
        }
        if (!(checked instanceof PasswordConfirmation.Confirmed)) {
            errors.put("current", "That is not your current password.");
        }
        Passwords.checkNew(form.password(), form.confirm(), errors);
        if (!errors.isEmpty()) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, "account/settings", settingsPage(account, null, Map.of(), errors, null));
        }
        accounts.update(new AccountRow(account.id(), account.username(), passwords.hash(form.password()),
                account.role(), false, account.createdAt()));
        sessions.endAll(account.id());
        MutableHttpResponse<?> response = loginHandler.loginSuccess(sessions.start(account), request);
        response.getHeaders().set("Location", "/account?changed=1");
        return response.status(HttpStatus.SEE_OTHER);
    }

    @Post(value = "/sign-out-everywhere", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signOutEverywhere(@Body TokenForm form, Authentication authentication, HttpRequest<?> request) {
        csrf.check(request, form.csrfToken());
        sessions.endAll(CurrentAccount.of(authentication).id());
        MutableHttpResponse<?> response = logoutHandler.logout(request);
        response.getHeaders().set("Location", "/login");
        return response.status(HttpStatus.SEE_OTHER);
    }

    private AccountRow signedUp(Authentication authentication) {
        return accounts.findById(CurrentAccount.of(authentication).id()).filter(a -> !a.guest())
                .orElseThrow(() -> new io.micronaut.security.authentication.AuthorizationException(authentication));
    }
}
