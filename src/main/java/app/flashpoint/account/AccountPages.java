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
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.security.handlers.LogoutHandler;
import app.flashpoint.system.CsrfGuard;
import app.flashpoint.system.NameCharacters;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.micronaut.core.annotation.Introspected;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static app.flashpoint.system.PageResponses.page;
import static app.flashpoint.system.PageResponses.view;

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
    private final CredentialsAuthentication credentials;
    private final Sessions sessions;
    private final DeviceCookie devices;
    private final CsrfGuard csrf;
    private final Clock clock;

    AccountPages(AccountRepository accounts, Passwords passwords,
                 LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler,
                 LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler,
                 CredentialsAuthentication credentials, CsrfGuard csrf, Clock clock, Sessions sessions,
                 DeviceCookie devices) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.loginHandler = loginHandler;
        this.logoutHandler = logoutHandler;
        this.credentials = credentials;
        this.csrf = csrf;
        this.clock = clock;
        this.sessions = sessions;
        this.devices = devices;
    }

    @Serdeable
    record SignUpForm(@Nullable String username, @Nullable String password, @Nullable String confirm,
                      @Nullable String csrfToken, @Nullable String next) {
        static SignUpForm empty(String username) {
            return new SignUpForm(username, "", "", null, null);
        }
    }

    @Serdeable
    record SignInForm(@Nullable String username, @Nullable String password, @Nullable String next,
                      @Nullable String csrfToken) {
    }

    @Serdeable
    record TokenOnlyForm(@Nullable String next, @Nullable String csrfToken) {
    }

    /** {@code confirmed} is "yes" from the guest's "Sign out anyway". */
    @Serdeable
    record SignOutForm(@Nullable String csrfToken, @Nullable String confirmed) {
    }

    @Introspected
    record GuestSignOutPage() {
    }

    /** retryAt is set only when sign-in is throttled (then failed and passwordReset are false). */
    @Introspected
    record LoginPage(boolean failed, String next, boolean passwordReset, @Nullable String retryAt) {
    }

    /** {@code next}: where the new account goes once made (a join link it came from), a path of this site. */
    @Introspected
    record SignUpPage(SignUpForm form, Map<String, String> errors, boolean upgradingGuest, String next) {
    }

    @Get("/login")
    ModelAndView<Map<String, Object>> login(@Nullable @QueryValue String failed, @Nullable @QueryValue String next,
                                            @Nullable @QueryValue String reset) {
        return view("account/login", new LoginPage(failed != null, localPath(next), reset != null, null));
    }

    @Post(value = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signIn(@Body SignInForm form, HttpRequest<?> request) {
        csrf.check(request, form.csrfToken());
        String username = normalised(form.username());
        var outcome = credentials.attempt(username, form.password() == null ? "" : form.password(), request);
        if (outcome instanceof CredentialsAuthentication.Throttled throttled) {
            String at = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(throttled.retryAt());
            long seconds = Math.max(1, Duration.between(clock.instant(), throttled.retryAt()).toSeconds());
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                    .body(view("account/login", new LoginPage(false, localPath(form.next()), false, at)));
        }
        if (!(outcome instanceof CredentialsAuthentication.SignedIn signedIn)) {
            return HttpResponse.seeOther(URI.create("/login?failed=1&next="
                    + URLEncoder.encode(localPath(form.next()), StandardCharsets.UTF_8)));
        }
        return redirect(loginHandler.loginSuccess(sessions.start(signedIn.account()), request), form.next())
                .cookie(devices.issue(username));
    }

    /**
     * Signs out. A guest is asked first: its progress belongs to this browser's session alone, so signing out
     * loses it for good; the page offers to sign up instead.
     */
    @Post(value = "/logout", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> signOut(@Body SignOutForm form, @Nullable Authentication authentication, HttpRequest<?> request) {
        csrf.check(request, form.csrfToken());
        if (authentication != null && CurrentAccount.of(authentication).guest() && !"yes".equals(form.confirmed())) {
            return HttpResponse.ok(view("account/guest-sign-out", new GuestSignOutPage()));
        }
        if (authentication != null) {
            CurrentAccount.sessionOf(authentication).ifPresent(sessions::end);
        }
        return redirect(logoutHandler.logout(request), "/");
    }

    @Get("/signup")
    ModelAndView<Map<String, Object>> signup(@Nullable @QueryValue String next, @Nullable Authentication authentication) {
        return view("account/signup", new SignUpPage(SignUpForm.empty(""), Map.of(),
                authentication != null && CurrentAccount.of(authentication).guest(), localPath(next)));
    }

    @Post(value = "/signup", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signUp(@Body SignUpForm form, @Nullable Authentication authentication, HttpRequest<?> request) {
        csrf.check(request, form.csrfToken());
        String username = normalised(form.username());
        Map<String, String> errors = problems(username, form.password(), form.confirm(), accounts);
        boolean guest = authentication != null && CurrentAccount.of(authentication).guest();
        if (!errors.isEmpty()) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, "account/signup",
                    new SignUpPage(SignUpForm.empty(username), errors, guest, localPath(form.next())));
        }
        String hash = passwords.hash(form.password());
        AccountRow account;
        if (guest) {
            // The cookie says guest, but it may predate this guest's own sign-up (a stale copy): only an
            // account that is still a guest in the database may be named; anything else is refused.
            AccountRow g = accounts.findById(CurrentAccount.of(authentication).id()).filter(AccountRow::guest)
                    .orElseThrow(() -> new AuthorizationException(authentication));
            account = accounts.update(new AccountRow(g.id(), username, hash, g.role(), false, g.createdAt()));
            sessions.endAll(g.id()); // the guest cookie dies here; the new session below is the only one
        } else {
            account = accounts.save(new AccountRow(null, username, hash, AccountRow.STUDENT, false, clock.millis()));
        }
        return redirect(loginHandler.loginSuccess(sessions.start(account), request), form.next())
                .cookie(devices.issue(username));
    }

    @Post(value = "/guest", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> startAsGuest(@Body TokenOnlyForm form, @Nullable Authentication authentication,
                                 HttpRequest<?> request) {
        csrf.check(request, form.csrfToken());
        if (authentication != null) {
            return HttpResponse.seeOther(URI.create(localPath(form.next())));
        }
        AccountRow guest = accounts.save(new AccountRow(null, null, null, AccountRow.STUDENT, true, clock.millis()));
        return redirect(loginHandler.loginSuccess(sessions.start(guest), request), form.next());
    }

    /**
     * Only paths of this site, so a crafted link cannot send a learner elsewhere after signing in. Browsers
     * drop tabs and newlines from a URL and read a backslash as a slash, so "/\t/evil.example" would become
     * "//evil.example": anything with a control character or backslash is refused outright, and what is
     * left must parse as a path with neither scheme nor authority.
     */
    static String localPath(@Nullable String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//")
                || next.chars().anyMatch(c -> c < 0x21 || c == 0x7f || c == '\\')) {
            return "/";
        }
        try {
            URI uri = new URI(next);
            return uri.getScheme() == null && uri.getRawAuthority() == null && uri.getRawPath() != null
                    && uri.getRawPath().startsWith("/") && !uri.getRawPath().startsWith("//") ? next : "/";
        } catch (java.net.URISyntaxException e) {
            return "/";
        }
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
        if (NameCharacters.problem(username) != null) {
            errors.put("username", NameCharacters.problem(username));
        } else if (!USERNAME.matcher(username).matches()) {
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
}
