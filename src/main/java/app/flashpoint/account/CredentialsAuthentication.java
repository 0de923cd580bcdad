package app.flashpoint.account;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

import java.util.Locale;

/** Checks a username and password for Micronaut's POST /login, with throttling of failures. */
@Singleton
class CredentialsAuthentication<B> implements HttpRequestExecutorAuthenticationProvider<B> {
    private final AccountRepository accounts;
    private final Passwords passwords;
    private final LoginThrottle throttle;

    CredentialsAuthentication(AccountRepository accounts, Passwords passwords, LoginThrottle throttle) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public String getExecutorName() {
        return TaskExecutors.BLOCKING;
    }

    @Override
    public @NonNull AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                                        @NonNull AuthenticationRequest<String, String> credentials) {
        String username = credentials.getIdentity().strip().toLowerCase(Locale.ROOT);
        String address = request == null ? "unknown" : request.getRemoteAddress().getAddress().getHostAddress();
        if (throttle.blocked(username, address)) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.ACCOUNT_LOCKED);
        }
        var account = accounts.findByUsername(username);
        if (account.isEmpty() || !passwords.matches(credentials.getSecret(), account.get().passwordHash())) {
            throttle.failed(username, address);
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        throttle.succeeded(username);
        return AuthenticationResponse.success(String.valueOf(account.get().id()),
                java.util.List.of(account.get().role()),
                java.util.Map.of("displayName", account.get().displayName(), "guest", false));
    }
}
