package app.flashpoint.account;

import app.flashpoint.system.ClientAddress;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;

/** Checks a username and password for the sign-in form, throttled (LoginThrottle) and equal in time. */
@Singleton
class CredentialsAuthentication {
    private final AccountRepository accounts;
    private final Passwords passwords;
    private final LoginThrottle throttle;
    private final DeviceCookie devices;
    private final ClientAddress addresses;

    CredentialsAuthentication(AccountRepository accounts, Passwords passwords, LoginThrottle throttle,
                              DeviceCookie devices, ClientAddress addresses) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.devices = devices;
        this.addresses = addresses;
    }

    sealed interface Outcome {
    }

    record SignedIn(AccountRow account) implements Outcome {
    }

    record Wrong() implements Outcome {
    }

    record Throttled(Instant retryAt) implements Outcome {
    }

    Outcome attempt(String username, String password, HttpRequest<?> request) {
        LoginThrottle.Result reserved = throttle.reserve(username, addresses.of(request),
                devices.deviceFor(request, username));
        if (reserved.retryAt().isPresent()) {
            return new Throttled(reserved.retryAt().get());
        }
        // Always one BCrypt check, also for an unknown name or a guest, so the time tells nothing.
        Optional<AccountRow> account = accounts.findByUsername(username).filter(a -> !a.guest());
        boolean matches = passwords.matches(password, account.map(AccountRow::passwordHash).orElse(null));
        if (!matches) {
            return new Wrong();
        }
        throttle.succeeded(reserved.reservation().orElseThrow());
        return new SignedIn(account.get());
    }
}
