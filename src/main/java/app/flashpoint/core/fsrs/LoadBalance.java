package app.flashpoint.core.fsrs;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the load balancer needs besides the card: the learner's due load, their time zone (which calendar day,
 * and so which weekday, a due instant falls on) and a level per weekday. Given to
 * {@link Scheduler#withLoadBalance}; a scheduler without one fuzzes uniformly, as before.
 */
public record LoadBalance(DueLoad load, ZoneId zone, Map<DayOfWeek, EasyDay> easyDays) {

    public LoadBalance {
        Objects.requireNonNull(load, "load");
        Objects.requireNonNull(zone, "zone");
        var all = new EnumMap<DayOfWeek, EasyDay>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            all.put(d, easyDays.getOrDefault(d, EasyDay.NORMAL));
        }
        easyDays = Map.copyOf(all);
    }

    /** Every weekday Normal. */
    public static LoadBalance of(DueLoad load, ZoneId zone) {
        return new LoadBalance(load, zone, Map.of());
    }

    /** Levels Monday to Sunday. */
    public static LoadBalance of(DueLoad load, ZoneId zone, List<EasyDay> mondayToSunday) {
        if (mondayToSunday.size() != 7) {
            throw new IllegalArgumentException("seven levels, Monday to Sunday, got " + mondayToSunday.size());
        }
        var map = new EnumMap<DayOfWeek, EasyDay>(DayOfWeek.class);
        for (int i = 0; i < 7; i++) {
            map.put(DayOfWeek.of(i + 1), mondayToSunday.get(i));
        }
        return new LoadBalance(load, zone, map);
    }

    public LoadBalance withLoad(DueLoad newLoad) {
        return new LoadBalance(newLoad, zone, easyDays);
    }

    public EasyDay level(DayOfWeek day) {
        return easyDays.get(day);
    }
}
