package app.flashpoint.account;

import app.flashpoint.system.NameCharacters;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The account page's "About you" form, as typed: blank name or zone means the default. */
@Serdeable
record ProfileForm(@Nullable String displayName, @Nullable String timeZone, @Nullable String dailyGoal,
                   @Nullable String csrfToken) {
    static final int MAX_NAME = 60;

    /** Region/City zones, sorted, for the form's list ("UTC" too); the odd legacy ids stay accepted if typed. */
    static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.equals("UTC") || z.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+"))
            .sorted().toList();

    static ProfileForm of(Profiles.Profile profile) {
        return new ProfileForm(profile.displayName() == null ? "" : profile.displayName(),
                profile.chosenZone() == null ? "" : profile.chosenZone(), String.valueOf(profile.dailyGoal()), null);
    }

    /** Field name → what to fix; empty when the form can be saved. */
    Map<String, String> problems() {
        var errors = new HashMap<String, String>();
        String name = name();
        if (name != null && name.length() > MAX_NAME) {
            errors.put("displayName", "At most " + MAX_NAME + " characters.");
        } else if (name != null && NameCharacters.problem(name) != null) {
            errors.put("displayName", NameCharacters.problem(name));
        }
        if (zone() != null && !ZoneId.getAvailableZoneIds().contains(zone())) {
            errors.put("timeZone", "Choose a time zone from the list, such as Europe/Paris.");
        }
        if (goal() == null) {
            errors.put("dailyGoal", "Enter a whole number from 1 to " + Profiles.MAX_DAILY_GOAL + ".");
        }
        return errors;
    }

    @Nullable
    String name() {
        return displayName == null || displayName.isBlank() ? null : displayName.strip();
    }

    @Nullable
    String zone() {
        return timeZone == null || timeZone.isBlank() ? null : timeZone.strip();
    }

    @Nullable
    Integer goal() {
        try {
            int goal = Integer.parseInt(dailyGoal == null ? "" : dailyGoal.strip());
            return goal >= 1 && goal <= Profiles.MAX_DAILY_GOAL ? goal : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
