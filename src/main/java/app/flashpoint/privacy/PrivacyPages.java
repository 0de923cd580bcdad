package app.flashpoint.privacy;

import app.flashpoint.account.AccountClosing;
import app.flashpoint.account.CurrentAccount;
import app.flashpoint.account.PasswordConfirmation;
import app.flashpoint.system.CsrfGuard;
import app.flashpoint.system.Toasts;
import io.micronaut.core.annotation.Introspected;
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
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.handlers.LogoutHandler;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;

import static app.flashpoint.system.PageResponses.page;
import static app.flashpoint.system.PageResponses.view;

/** "Download all my data" and "Delete my account", from the account page; for signed-up accounts. */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/account")
@ExecuteOn(TaskExecutors.BLOCKING)
class PrivacyPages {
    private final PersonalData data;
    private final AccountClosing closing;
    private final PasswordConfirmation confirmation;
    private final CsrfGuard csrf;
    private final JsonMapper json;
    private final LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler;

    PrivacyPages(PersonalData data, AccountClosing closing, PasswordConfirmation confirmation, CsrfGuard csrf,
                 JsonMapper json, LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler) {
        this.data = data;
        this.closing = closing;
        this.confirmation = confirmation;
        this.csrf = csrf;
        this.json = json;
        this.logoutHandler = logoutHandler;
    }

    @Serdeable
    record DeleteForm(@Nullable String password, @Nullable String csrfToken) {
    }

    /** {@code refusal}: why the account cannot be deleted now; {@code error}: the password's problem. */
    @Introspected
    record DeletePage(@Nullable String refusal, @Nullable String error) {
    }

    @Get(value = "/data.json")
    @Produces({MediaType.APPLICATION_JSON, MediaType.ALL})
    HttpResponse<byte[]> download(Authentication authentication) {
        CurrentAccount me = signedUp(authentication);
        var body = new LinkedHashMap<String, Object>();
        body.put("format", "flashpoint-personal-data-1");
        body.putAll(data.export(me.id()));
        try {
            return attachment(json.writeValueAsBytes(body), MediaType.APPLICATION_JSON_TYPE,
                    "flashpoint-" + me.name() + "-data.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get(value = "/review-log.csv")
    @Produces({"text/csv", MediaType.ALL})
    HttpResponse<byte[]> reviewLog(Authentication authentication) {
        CurrentAccount me = signedUp(authentication);
        return attachment(ReviewLogExport.csv(data.reviews(me.id())).getBytes(StandardCharsets.UTF_8),
                MediaType.of("text/csv; charset=utf-8"), "flashpoint-" + me.name() + "-review-log.csv");
    }

    @Get("/delete")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> confirm(Authentication authentication) {
        CurrentAccount me = signedUp(authentication);
        return page("privacy/delete", new DeletePage(data.refusal(me.id(), closing.role(me.id())), null));
    }

    @Post(value = "/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> delete(@Body DeleteForm form, Authentication authentication, HttpRequest<?> request) {
        csrf.check(request, form.csrfToken());
        CurrentAccount me = signedUp(authentication);
        String refusal = data.refusal(me.id(), closing.role(me.id()));
        if (refusal != null) {
            return page(HttpStatus.CONFLICT, "privacy/delete", new DeletePage(refusal, null));
        }
        PasswordConfirmation.Outcome checked = confirmation.check(me.id(), form.password());
        if (checked instanceof PasswordConfirmation.Throttled throttled) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER,
                    throttled.retryAfterSeconds()).body(view("privacy/delete",
                    new DeletePage(null, throttled.message() + " Nothing was deleted.")));
        }
        if (!(checked instanceof PasswordConfirmation.Confirmed)) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, "privacy/delete",
                    new DeletePage(null, "That is not your password. Nothing was deleted."));
        }
        data.delete(me.id());
        // after the commit: a request racing the deletion must not read the session as still live and keep it so
        closing.endSessions(me.id());
        MutableHttpResponse<?> response = logoutHandler.logout(request);
        response.getHeaders().set("Location", "/");
        return Toasts.add(response.status(HttpStatus.SEE_OTHER), "Your account and its study data are deleted.");
    }

    private static CurrentAccount signedUp(Authentication authentication) {
        CurrentAccount me = CurrentAccount.of(authentication);
        if (me.guest()) {
            throw new io.micronaut.security.authentication.AuthorizationException(authentication);
        }
        return me;
    }

    private static HttpResponse<byte[]> attachment(byte[] body, MediaType type, String fileName) {
        return HttpResponse.ok(body).contentType(type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store");
    }
}
