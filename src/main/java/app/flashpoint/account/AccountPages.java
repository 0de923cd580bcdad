package app.flashpoint.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpHeaders;
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
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.UsernamePasswordCredentials;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.security.handlers.LogoutHandler;
import app.flashpoint.system.CsrfGuard;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
    private final LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler;
    private final CredentialsAuthentication<Object> credentials;
    private final CsrfGuard csrf;
    private final Clock clock;

    AccountPages(AccountRepository accounts, Passwords passwords,
                 LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler,
                 LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler,
                 CredentialsAuthentication<Object> credentials, CsrfGuard csrf, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.loginHandler = loginHandler;
        this.logoutHandler = logoutHandler;
        this.credentials = credentials;
        this.csrf = csrf;
        this.clock = clock;
    }

    @Serdeable
    record SignUpForm(@Nullable String username, @Nullable String password, @Nullable String confirm,
                      @Nullable String csrfToken) {
        static SignUpForm empty(String username) {
            return new SignUpForm(username, "", "", null);
        }
    }

    @Serdeable
    record SignInForm(@Nullable String username, @Nullable String password, @Nullable String next,
                      @Nullable String csrfToken) {
    }

    @Serdeable
    record TokenOnlyForm(@Nullable String next, @Nullable String csrfToken) {
    }

    @Get("/login")
    @View("account/login")
    Map<String, Object> login(@Nullable @QueryValue String failed, @Nullable @QueryValue String next) {
        return model("failed", failed != null, "next", localPath(next));
    }

    @Post(value = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signIn(@Body SignInForm form, HttpRequest<?> request) {
        csrf.check(request, form.csrfToken());
        @SuppressWarnings("unchecked")
        AuthenticationResponse result = credentials.authenticate((HttpRequest<Object>) request,
                new UsernamePasswordCredentials(normalised(form.username()),
                        form.password() == null ? "" : form.password()));
        if (!result.isAuthenticated() || result.getAuthentication().isEmpty()) {
            return HttpResponse.seeOther(URI.create("/login?failed=1&next="
                    + URLEncoder.encode(localPath(form.next()), StandardCharsets.UTF_8)));
        }
        return redirect(loginHandler.loginSuccess(result.getAuthentication().get(), request), form.next());
    }

    @Post(value = "/logout", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signOut(@Body TokenOnlyForm form, HttpRequest<?> request) {
        csrf.check(request, form.csrfToken());
        return redirect(logoutHandler.logout(request), "/");
    }

    @Get("/signup")
    @View("account/signup")
    Map<String, Object> signup(@Nullable Authentication authentication) {
        return model("form", SignUpForm.empty(""), "errors", Map.of(),
                "upgradingGuest", authentication != null && CurrentAccount.of(authentication).guest());
    }

    @Post(value = "/signup", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signUp(@Body SignUpForm form, @Nullable Authentication authentication, HttpRequest<?> request) {
        csrf.check(request, form.csrfToken());
        String username = normalised(form.username());
        Map<String, String> errors = problems(username, form.password(), form.confirm(), accounts);
        boolean guest = authentication != null && CurrentAccount.of(authentication).guest();
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("account/signup",
                    model("form", SignUpForm.empty(username), "errors", errors, "upgradingGuest", guest)));
        }
        String hash = passwords.hash(form.password());
        AccountRow account = guest
                ? accounts.findById(CurrentAccount.of(authentication).id())
                    .map(g -> accounts.update(new AccountRow(g.id(), username, hash, g.role(), false, g.createdAt())))
                    .orElseThrow()
                : accounts.save(new AccountRow(null, username, hash, AccountRow.STUDENT, false, clock.millis()));
        return redirect(loginHandler.loginSuccess(CurrentAccount.authenticationOf(account), request), "/");
    }

    @Post(value = "/guest", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> startAsGuest(@Body TokenOnlyForm form, @Nullable Authentication authentication,
                                 HttpRequest<?> request) {
        csrf.check(request, form.csrfToken());
        if (authentication != null) {
            return HttpResponse.seeOther(URI.create(localPath(form.next())));
        }
        AccountRow guest = accounts.save(new AccountRow(null, null, null, AccountRow.STUDENT, true, clock.millis()));
        return redirect(loginHandler.loginSuccess(CurrentAccount.authenticationOf(guest), request), form.next());
    }

    /** Only paths of this site, so a crafted link cannot send a learner elsewhere after signing in. */
    static String localPath(@Nullable String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
    }

    private static MutableHttpResponse<?> redirect(MutableHttpResponse<?> response, @Nullable String next) {
        response.getHeaders().set(HttpHeaders.LOCATION, localPath(next));
        return response.status(HttpStatus.SEE_OTHER);
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
