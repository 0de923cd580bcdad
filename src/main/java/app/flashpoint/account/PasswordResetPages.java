package app.flashpoint.account;

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
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.core.annotation.Introspected;
import app.flashpoint.system.ErrorPage;

import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static app.flashpoint.system.PageResponses.view;

/**
 * An admin issues a one-time reset link for an account (shown once, in the answer to the POST: it is never
 * in a redirect, a log or the database), and whoever holds the link sets a new password with it. Every page
 * carrying a token is neither cached nor sent on as a Referer.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class PasswordResetPages {
    private static final DateTimeFormatter UNTIL =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final PasswordResets resets;
    private final Passwords passwords;
    private final CsrfGuard csrf;
    private final HttpHostResolver hosts;

    PasswordResetPages(PasswordResets resets, Passwords passwords, CsrfGuard csrf, HttpHostResolver hosts) {
        this.resets = resets;
        this.passwords = passwords;
        this.csrf = csrf;
        this.hosts = hosts;
    }

    @Serdeable
    record IssueForm(@Nullable String csrfToken) {
    }

    @Serdeable
    record ResetForm(@Nullable String password, @Nullable String confirm, @Nullable String csrfToken) {
    }

    @Introspected
    record ResetLinkPage(String username, String link, String until, long hours) {
    }

    @Introspected
    record ResetPage(String token, String username, Map<String, String> errors) {
    }

    @Secured(Roles.ADMIN)
    @Post(value = "/admin/accounts/{id}/reset-link", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> issue(long id, @Body IssueForm form, HttpRequest<?> request) {
        csrf.check(request, form.csrfToken());
        PasswordResets.Issued issued = resets.issue(id);
        // 200, not a redirect: the link must not travel in a URL, and the next page view would have to fetch it
        // from somewhere it is kept; reloading re-posts, which issues a fresh link and voids this one
        return unshared(HttpResponse.ok(view("account/reset-link", new ResetLinkPage(issued.username(),
                hosts.resolve(request) + "/reset/" + issued.token(), UNTIL.format(issued.expiresAt()),
                PasswordResets.VALID_FOR.toHours()))));
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get("/reset/{token}")
    HttpResponse<?> form(String token) {
        return resets.accountFor(token)
                .<HttpResponse<?>>map(account -> page(HttpStatus.OK, token, account, Map.of()))
                .orElseGet(PasswordResetPages::gone);
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Post(value = "/reset/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reset(String token, @Body ResetForm form, HttpRequest<?> request) {
        csrf.check(request, form.csrfToken());
        var account = resets.accountFor(token);
        if (account.isEmpty()) {
            return gone();
        }
        var errors = new HashMap<String, String>();
        Passwords.checkNew(form.password(), form.confirm(), errors);
        if (!errors.isEmpty()) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, token, account.get(), errors);
        }
        if (!resets.redeem(token, passwords.hash(form.password()))) {
            return gone(); // another request spent the link first
        }
        return unshared(HttpResponse.seeOther(URI.create("/login?reset=1")));
    }

    private static MutableHttpResponse<?> page(HttpStatus status, String token, AccountRow account,
                                               Map<String, String> errors) {
        return unshared(HttpResponse.status(status).body(view("account/reset",
                new ResetPage(token, account.username(), errors))));
    }

    private static MutableHttpResponse<?> gone() {
        return unshared(HttpResponse.status(HttpStatus.GONE).body(view("system/error", ErrorPage.gone(
                "This link has expired or was used. Reset links work "
                        + "once, for " + PasswordResets.VALID_FOR.toHours() + " hours, and a newer link replaces an "
                        + "older one: ask an admin for a new link, or sign in if you know your password."))));
    }

    /** The token is in the URL or the body: keep it out of caches and out of the Referer of the next request. */
    private static MutableHttpResponse<?> unshared(MutableHttpResponse<?> response) {
        return response.header(HttpHeaders.CACHE_CONTROL, "no-store").header("Referrer-Policy", "no-referrer");
    }
}
