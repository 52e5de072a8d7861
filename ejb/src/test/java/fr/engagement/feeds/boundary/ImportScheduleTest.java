package fr.engagement.feeds.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.ScheduleExpression;
import org.junit.jupiter.api.Test;

class ImportScheduleTest {

    @Test
    void cronFieldsBecomeACalendarExpression() {
        ScheduleExpression e = ImportSchedule.expression("15 */6 * * *");
        assertThat(e.getMinute()).isEqualTo("15");
        assertThat(e.getHour()).isEqualTo("*/6");
        assertThat(e.getDayOfMonth()).isEqualTo("*");
        assertThat(e.getMonth()).isEqualTo("*");
        assertThat(e.getDayOfWeek()).isEqualTo("*");
        assertThat(e.getSecond()).isEqualTo("0");
        assertThat(e.getTimezone()).isEqualTo("Europe/Paris");
        assertThat(ImportSchedule.expression("0 3 * * Mon").getDayOfWeek()).isEqualTo("Mon");
    }

    @Test
    void aScheduleWithoutFiveFieldsIsRefused() {
        assertThatThrownBy(() -> ImportSchedule.expression("every 6 hours"))
                .hasMessageContaining("5 fields");
    }
}
