package app.flashpoint.account;

import app.flashpoint.system.NotFoundException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One-time password-reset links an admin hands to a signed-up account's owner. The token is 32 random bytes
 * and only its SHA-256 is stored; an account has at most one unused link (a new one replaces it). Spending a
 * link is one conditional UPDATE, so of two concurrent resets with the same link exactly one wins.
 */
@Singleton
class PasswordResets {
    static final Duration VALID_FOR = Duration.ofHours(24);
    // 32 bytes in URL-safe Base64 without padding; anything else cannot be a token, so it is not looked up
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final PasswordResetRepository resets;
    private final AccountRepository accounts;
    private final Sessions sessions;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PasswordResets(PasswordResetRepository resets, AccountRepository accounts, Sessions sessions,
                   TransactionOperations<Connection> transactions, Clock clock) {
        this.resets = resets;
        this.accounts = accounts;
        this.sessions = sessions;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A link just issued; the token exists only here and in the page that shows it to the admin. */
    record Issued(String token, String username, Instant expiresAt) {
    }

    /** A new link for a signed-up account (a guest has no password to reset: 404), replacing an unused one. */
    Issued issue(long accountId) {
        AccountRow account = accounts.findById(accountId).filter(a -> !a.guest() && !a.deleted())
                .orElseThrow(() -> new NotFoundException("No account " + accountId));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = clock.instant().plus(VALID_FOR);
        transactions.executeWrite(status -> {
            resets.deleteUnused(accountId);
            return resets.save(new PasswordResetRow(hash(token), accountId, expiresAt.toEpochMilli(), null));
        });
        return new Issued(token, account.username(), expiresAt);
    }

    /** The account a usable link resets; empty for an unknown, used, replaced or expired one. */
    Optional<AccountRow> accountFor(String token) {
        if (!TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        long now = clock.millis();
        return resets.findById(hash(token)).filter(r -> r.usableAt(now))
                .flatMap(r -> accounts.findById(r.accountId())).filter(a -> !a.guest() && !a.deleted());
    }

    /**
     * Spends the link and sets the password (already hashed: BCrypt stays outside the transaction), then ends
     * every session of the account. False when the link was spent, replaced or expired meanwhile.
     */
    boolean redeem(String token, String passwordHash) {
        if (!TOKEN.matcher(token).matches()) {
            return false;
        }
        String tokenHash = hash(token);
        Optional<Long> reset = transactions.executeWrite(status -> {
            if (resets.spend(tokenHash, clock.millis()) != 1) {
                return Optional.<Long>empty();
            }
            AccountRow a = accounts.findById(resets.findById(tokenHash).orElseThrow().accountId()).orElseThrow();
            accounts.update(new AccountRow(a.id(), a.username(), passwordHash, a.role(), false, a.createdAt()));
            return Optional.of(a.id());
        });
        // after the commit: ending first would let a request re-read a session as live before the commit
        reset.ifPresent(sessions::endAll);
        return reset.isPresent();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
