package app.flashpoint.account;

import app.flashpoint.system.ErrorResponses;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Named;

import java.net.URI;
import java.util.concurrent.ExecutorService;

/**
 * Refuses a session cookie whose session has ended (signed out, password or role changed, "sign out
 * everywhere") or that names no session at all (tokens issued before sessions existed). The cookie is
 * cleared; a page visit is sent again, now signed out, so a public page still shows; anything else is a 401.
 */
@Filter("/**")
class SessionFilter implements HttpServerFilter {
    private final Sessions sessions;
    private final ErrorResponses errors;
    private final ExecutorService blocking;

    SessionFilter(Sessions sessions, ErrorResponses errors, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.sessions = sessions;
        this.errors = errors;
        this.blocking = blocking;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        var authentication = request.getUserPrincipal(Authentication.class);
        if (authentication.isEmpty()) {
            return chain.proceed(request);
        }
        if (!(authentication.get().getAttributes().get(Sessions.CLAIM) instanceof String id)) {
            return Mono.just(ended(request));
        }
        if (sessions.known(id)) {
            return sessions.live(id) ? chain.proceed(request) : Mono.just(ended(request));
        }
        // a database read: off the event loop
        return Mono.fromCallable(() -> sessions.live(id)).subscribeOn(Schedulers.fromExecutorService(blocking))
                .flatMap(live -> live ? Mono.from(chain.proceed(request)) : Mono.just(ended(request)));
    }

    private MutableHttpResponse<?> ended(HttpRequest<?> request) {
        MutableHttpResponse<?> response = request.getMethod() == HttpMethod.GET && !ErrorResponses.wantsJson(request)
                ? HttpResponse.seeOther(URI.create(request.getUri().toString()))
                : errors.of(request, HttpStatus.UNAUTHORIZED, "Your session has ended. Sign in again.");
        return response.cookie(Cookie.of("JWT", "").path("/").maxAge(0).httpOnly(true));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
