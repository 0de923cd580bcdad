package app.flashpoint.account;

import app.flashpoint.system.DatabaseDescription;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

/**
 * Server-side sessions behind the signed cookie: a JWT alone cannot be taken back, so each one names a
 * session row, and a request counts as signed in only while that row is live. Ending is permanent, so an
 * ended id is remembered in memory; a live one is re-read on every request when several instances may
 * share the database (PostgreSQL), because another instance may end it. With SQLite there is one
 * instance, which ends sessions only through this class, so its memory of live ids is exact.
 */
@Singleton
public class Sessions {
    static final String CLAIM = app.flashpoint.system.SessionBinding.CLAIM;
    private static final int MAX_REMEMBERED = 100_000;

    private final SessionRepository sessions;
    private final Clock clock;
    private final boolean singleInstance;
    private final SecureRandom random = new SecureRandom();
    private final Cache<String, Boolean> live = Caffeine.newBuilder().maximumSize(MAX_REMEMBERED).build();
    private final Cache<String, Boolean> ended = Caffeine.newBuilder().maximumSize(MAX_REMEMBERED).build();

    Sessions(SessionRepository sessions, Clock clock, DatabaseDescription database) {
        this.sessions = sessions;
        this.clock = clock;
        this.singleInstance = "sqlite".equals(database.kind());
    }

    /** A new session for {@code account}: the authentication to hand to the login handler. */
    Authentication start(AccountRow account) {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        sessions.save(new SessionRow(id, account.id(), clock.millis(), null));
        live.put(id, Boolean.TRUE);
        return CurrentAccount.authenticationOf(account, id);
    }

    /** Whether a request carrying this session id is signed in. Blocking: call off the event loop. */
    public boolean live(String id) {
        if (ended.getIfPresent(id) != null) {
            return false;
        }
        if (singleInstance && live.getIfPresent(id) != null) {
            return true;
        }
        boolean isLive = sessions.countLive(id) > 0;
        (isLive ? live : ended).put(id, Boolean.TRUE);
        return isLive;
    }

    /** Whether {@link #live} can answer without the database (no thread hop needed). */
    public boolean known(String id) {
        return ended.getIfPresent(id) != null || (singleInstance && live.getIfPresent(id) != null);
    }

    void end(String id) {
        sessions.end(id, clock.millis());
        live.invalidate(id);
        ended.put(id, Boolean.TRUE);
    }

    /** Ends every session of the account, on every instance (each re-reads or has been told here). */
    void endAll(long accountId) {
        sessions.endAll(accountId, clock.millis());
        // which ids were live is not worth a query: dropping the memory makes each one be read again
        live.invalidateAll();
    }
}
