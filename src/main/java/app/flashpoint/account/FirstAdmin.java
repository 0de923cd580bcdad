package app.flashpoint.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * There are no default credentials: the first admin comes from FLASHPOINT_ADMIN_USERNAME and
 * FLASHPOINT_ADMIN_PASSWORD, or else from a one-time set-up link printed at start-up.
 */
@Singleton
class FirstAdmin implements ApplicationEventListener<ServerStartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger("flashpoint");
    private final AccountRepository accounts;
    private final Passwords passwords;
    private final Clock clock;
    private final String username;
    private final String password;
    private volatile String setupToken;

    FirstAdmin(AccountRepository accounts, Passwords passwords, Clock clock,
               @Value("${flashpoint.admin-username:}") String username,
               @Value("${flashpoint.admin-password:}") String password) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
        this.username = username.strip().toLowerCase(Locale.ROOT);
        this.password = password;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (accounts.existsByRole(AccountRow.ADMIN)) {
            return;
        }
        if (!username.isBlank() && Passwords.problem(password) == null) {
            accounts.save(new AccountRow(null, username, passwords.hash(password), AccountRow.ADMIN, false,
                    clock.millis()));
            LOG.info("Created the admin account '{}' from FLASHPOINT_ADMIN_USERNAME", username);
            return;
        }
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        setupToken = HexFormat.of().formatHex(bytes);
        LOG.info("No admin yet: create one at {}/setup/{} (this link works once)", event.getSource().getURL(),
                setupToken);
    }

    /** Spends the one-time token: true exactly once, for the right token. */
    synchronized boolean claim(String token) {
        if (setupToken == null || !java.security.MessageDigest.isEqual(setupToken.getBytes(), token.getBytes())
                || accounts.existsByRole(AccountRow.ADMIN)) {
            return false;
        }
        setupToken = null;
        return true;
    }

    Optional<String> pendingToken() {
        return Optional.ofNullable(setupToken);
    }
}
