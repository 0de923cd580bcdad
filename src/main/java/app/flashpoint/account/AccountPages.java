package app.flashpoint.account;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;

import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Sign in, sign up (a guest keeps its progress), and starting as a guest. Sign-out is Micronaut's POST /logout. */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class AccountPages {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");

    private final AccountRepository accounts;
    private final Passwords passwords;
    private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler;
    private final Clock clock;

    AccountPages(AccountRepository accounts, Passwords passwords,
                 LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.loginHandler = loginHandler;
        this.clock = clock;
    }

    @Serdeable
    record SignUpForm(@Nullable String username, @Nullable String password, @Nullable String confirm) {
    }

    @Serdeable
    record GuestForm(@Nullable String next) {
    }

    @Get("/login")
    @View("account/login")
    Map<String, Object> login(@Nullable @QueryValue String failed) {
        return model("failed", failed != null);
    }

    @Get("/signup")
    @View("account/signup")
    Map<String, Object> signup(@Nullable Authentication authentication) {
        return model("form", new SignUpForm("", "", ""), "errors", Map.of(),
                "upgradingGuest", authentication != null && CurrentAccount.of(authentication).guest());
    }

    @Post(value = "/signup", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signUp(@Body SignUpForm form, @Nullable Authentication authentication, HttpRequest<?> request) {
        String username = normalised(form.username());
        Map<String, String> errors = problems(username, form.password(), form.confirm(), accounts);
        boolean guest = authentication != null && CurrentAccount.of(authentication).guest();
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("account/signup",
                    model("form", new SignUpForm(username, "", ""), "errors", errors, "upgradingGuest", guest)));
        }
        String hash = passwords.hash(form.password());
        AccountRow account = guest
                ? accounts.findById(CurrentAccount.of(authentication).id())
                    .map(g -> accounts.update(new AccountRow(g.id(), username, hash, g.role(), false, g.createdAt())))
                    .orElseThrow()
                : accounts.save(new AccountRow(null, username, hash, AccountRow.STUDENT, false, clock.millis()));
        return loginHandler.loginSuccess(CurrentAccount.authenticationOf(account), request);
    }

    @Post(value = "/guest", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> startAsGuest(@Body GuestForm form, @Nullable Authentication authentication, HttpRequest<?> request) {
        String next = form.next() != null && form.next().startsWith("/") && !form.next().startsWith("//")
                ? form.next() : "/";
        if (authentication != null) {
            return HttpResponse.seeOther(URI.create(next));
        }
        AccountRow guest = accounts.save(new AccountRow(null, null, null, AccountRow.STUDENT, true, clock.millis()));
        MutableHttpResponse<?> response = loginHandler.loginSuccess(CurrentAccount.authenticationOf(guest), request);
        return response.status(HttpStatus.SEE_OTHER).header("Location", next);
    }

    static String normalised(@Nullable String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** Field name → what to fix; empty when the new account can be created. */
    static Map<String, String> problems(String username, @Nullable String password, @Nullable String confirm,
                                        AccountRepository accounts) {
        var errors = new HashMap<String, String>();
        if (!USERNAME.matcher(username).matches()) {
            errors.put("username", "3 to 32 characters: lower-case letters, digits, dot, dash or underscore.");
        } else if (accounts.existsByUsername(username)) {
            errors.put("username", "That username is taken.");
        }
        String passwordProblem = Passwords.problem(password);
        if (passwordProblem != null) {
            errors.put("password", passwordProblem);
        } else if (!password.equals(confirm)) {
            errors.put("confirm", "The two passwords differ.");
        }
        return errors;
    }

    static Map<String, Object> model(Object... keysAndValues) {
        var model = new HashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            model.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return model;
    }
}
