package app.flashpoint.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * The account's own part of deleting an account: its sign-in goes (username, password, sessions, reset links,
 * theme, profile) but the row stays, nameless, so grades in classes keep an anonymous line. The privacy feature
 * deletes the rest of the learner's data in the same transaction.
 */
@Singleton
public class AccountClosing {
    private final AccountRepository accounts;
    private final Sessions sessions;
    private final ThemeRepository themes;
    private final ProfileRepository profiles;
    private final PasswordResetRepository resets;

    AccountClosing(AccountRepository accounts, Sessions sessions, ThemeRepository themes,
                   ProfileRepository profiles, PasswordResetRepository resets) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.themes = themes;
        this.profiles = profiles;
        this.resets = resets;
    }

    /** The role the account has now, for the rules on who may delete itself. */
    public String role(long accountId) {
        return accounts.findById(accountId).map(AccountRow::role).orElse(AccountRow.STUDENT);
    }

    /** Clears the sign-in; the caller ends the sessions once this has committed ({@link #endSessions}). */
    @Transactional
    public void close(long accountId) {
        AccountRow account = accounts.findById(accountId).orElseThrow();
        themes.forget(accountId);
        profiles.forget(accountId);
        resets.forgetAccount(accountId);
        accounts.update(new AccountRow(account.id(), null, null, AccountRow.STUDENT, false, account.createdAt()));
    }

    /** Ends every session of the account, on every instance (after the deletion has committed). */
    public void endSessions(long accountId) {
        sessions.endAll(accountId);
    }
}
