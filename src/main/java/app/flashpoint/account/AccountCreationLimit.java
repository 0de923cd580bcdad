package app.flashpoint.account;

import app.flashpoint.system.ClientAddress;
import app.flashpoint.system.Rate;
import app.flashpoint.system.RateBuckets;
import app.flashpoint.system.TooManyRequests;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Per-address limits on creating accounts: every POST /guest and POST /signup takes a token from its
 * address's bucket before the form is read, so a script cannot fill the database with accounts (an
 * unlimited POST /guest made 92 a second). Failed sign-ups count too: the form says whether a username
 * is taken, and this also bounds how fast names can be probed that way.
 */
@ServerFilter(patterns = {"/guest", "/signup"}, methods = HttpMethod.POST)
class AccountCreationLimit implements Ordered {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final RateBuckets buckets;
    private final ClientAddress addresses;
    private final Clock clock;
    private final Rate guests;
    private final Rate signUps;

    AccountCreationLimit(RateBuckets buckets, ClientAddress addresses, Clock clock,
                         @Value("${flashpoint.guest-rate:30/10m}") String guestRate,
                         @Value("${flashpoint.signup-rate:30/1h}") String signUpRate) {
        this.buckets = buckets;
        this.addresses = addresses;
        this.clock = clock;
        this.guests = Rate.parse("flashpoint.guest-rate", guestRate);
        this.signUps = Rate.parse("flashpoint.signup-rate", signUpRate);
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING) // with PostgreSQL a take is a database round trip
    void check(HttpRequest<?> request) {
        boolean guest = request.getPath().equals("/guest");
        String address = addresses.networkOf(request);
        buckets.take((guest ? "guest:" : "signup:") + address, guest ? guests : signUps).ifPresent(wait -> {
            String when = "try again at " + AT.format(clock.instant().plus(wait)) + " (in " + readable(wait) + ")";
            throw new TooManyRequests(guest
                    ? "Too many guest accounts were started from your network address recently: " + when
                            + ", or sign in if you have an account."
                    : "Too many sign-ups from your network address recently: " + when + ".", wait);
        });
    }

    /** Before security, so that every POST counts, also one that is refused for its Accept header or cookie. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    private static String readable(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        return seconds < 120 ? seconds + " seconds" : (seconds + 59) / 60 + " minutes";
    }
}
