package app.flashpoint.support;

import app.flashpoint.account.CurrentAccount;
import app.flashpoint.account.Roles;

/** Viewers for reading the catalog in tests: an admin sees every deck, private ones too. */
public final class Viewers {
    public static final CurrentAccount ADMIN = new CurrentAccount(-1, "test admin", Roles.ADMIN, false);

    private Viewers() {
    }
}
