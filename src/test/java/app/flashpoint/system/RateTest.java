package app.flashpoint.system;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateTest {
    @Test
    void readsCountPerPeriod() {
        assertThat(Rate.parse("x", "30/10m")).isEqualTo(new Rate(30, Duration.ofMinutes(10)));
        assertThat(Rate.parse("x", " 5 / 1h ")).isEqualTo(new Rate(5, Duration.ofHours(1)));
        assertThat(Rate.parse("x", "1000000/1m").count()).isEqualTo(1_000_000);
        assertThat(Rate.parse("x", "2/45s").period()).isEqualTo(Duration.ofSeconds(45));
        assertThat(Rate.parse("x", "1/1d").period()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void aWrongValueNamesTheSettingAndTheForm() {
        assertThatThrownBy(() -> Rate.parse("flashpoint.guest-rate", "20 per minute"))
                .hasMessageContaining("flashpoint.guest-rate").hasMessageContaining("20/10m");
        assertThatThrownBy(() -> Rate.parse("x", "0/1m")).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> Rate.parse("x", "5/0m")).hasMessageContaining("positive period");
        assertThatThrownBy(() -> Rate.parse("x", "5/10w")).hasMessageContaining("unit s, m, h or d");
    }
}
