package fr.engagement.feeds.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "11/01/2025|2025-11-01T00:00:00Z",
        "01/01/2023|2023-01-01T00:00:00Z",
        "2025-01-01|2025-01-01T00:00:00Z",
        "2025-01-01T10:30:00|2025-01-01T10:30:00Z",
        "2025-01-01 10:30:00|2025-01-01T10:30:00Z",
        "2025-01-01T10:30:00.250Z|2025-01-01T10:30:00.250Z",
        "2025-01-01T10:30:00+02:00|2025-01-01T08:30:00Z",
        "2025-01-01T10:30:00+0200|2025-01-01T08:30:00Z",
        "'Fri, 10 Mar 2020 22:49:39 GMT'|2020-03-10T22:49:39Z",
        "'Fri, 10 March 2020 22:49:39 GMT'|2020-03-10T22:49:39Z",
        "'Tue, 3 Jun 2025 08:00:00 +0200'|2025-06-03T06:00:00Z",
        "'3 Jun 2025'|2025-06-03T00:00:00Z",
        "12/31/2025 23:59|2025-12-31T23:59:00Z",
        "2025-01-01T10:30|2025-01-01T10:30:00Z",
        "2025-01-01T10:30:00Z|2025-01-01T10:30:00Z",
        "2025-01-01T10:30:00.5Z|2025-01-01T10:30:00.500Z",
        "2025-01-01T10:30:00.123456789Z|2025-01-01T10:30:00.123456789Z",
        "2024-02-29|2024-02-29T00:00:00Z",
        "2025-01-01T10:30:00.250-05:00|2025-01-01T15:30:00.250Z",
    })
    void datesAsJavaScriptReadsThemWithoutZoneAsUtc(String text, String expected) {
        assertThat(FeedValues.date(text)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void datesWithoutZoneAreUtcWhateverTheJvmZone() {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
            assertThat(FeedValues.date("2025-01-01T10:00:00")).isEqualTo(Instant.parse("2025-01-01T10:00:00Z"));
            assertThat(FeedValues.date("11/01/2025")).isEqualTo(Instant.parse("2025-11-01T00:00:00Z"));
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            assertThat(FeedValues.date("2025-07-01")).isEqualTo(Instant.parse("2025-07-01T00:00:00Z"));
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void badDatesAreBadValues() {
        for (String bad : new String[] {"demain", "31/12/2025", "2025-13-01", "13/45/2025", "32 Foo 2025",
                "2025-02-29", "2025-01-01T24:00:00Z", "2025-01-01T10:61:00Z"}) {
            assertThatThrownBy(() -> FeedValues.date(bad)).as(bad).isInstanceOf(FeedValues.BadValue.class)
                    .hasMessageContaining(bad);
        }
        assertThat(FeedValues.date("  ")).isNull();
        assertThat(FeedValues.date(null)).isNull();
    }

    @Test
    void booleans() {
        for (String yes : new String[] {"yes", "YES", "true", "True", "1", " yes "}) {
            assertThat(FeedValues.bool(Optional.of(yes))).as(yes).isTrue();
        }
        for (String no : new String[] {"no", "non", "false", "0", "", "oui"}) {
            assertThat(FeedValues.bool(Optional.of(no))).as(no).isFalse();
        }
        assertThat(FeedValues.bool(Optional.empty())).isNull();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        "'',no", "no,no", "non,no", "false,no", "0,no", "possible,possible", "yes,possible", "oui,possible",
        "true,possible", "1,possible", "partiel,possible", "Partielle,possible", "hybride,possible", "full,full",
        "total,full", "100,full", "remote,full", "local,local", "whatever,no", "NULL,NULL"})
    void remoteValues(String given, String expected) {
        assertThat(FeedValues.remote(given)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        "hour,hour", "heure,hour", "Heures,hour", "day,day", "jour,day", "jours,day", "month,month", "mois,month",
        "year,year", "an,year", "ans,year", "annee,year", "année,year", "années,year", "week,NULL", "NULL,NULL"})
    void compensationUnits(String given, String expected) {
        assertThat(FeedValues.compensationUnit(given)).isEqualTo(expected);
    }

    @Test
    void numbersAndLists() {
        assertThat(FeedValues.number("-10")).isEqualTo(-10.0);
        assertThat(FeedValues.number("10,5")).isEqualTo(10.5);
        assertThat(FeedValues.number("dix")).isNull();
        assertThat(FeedValues.integer("2")).isEqualTo(2);
        assertThat(FeedValues.integer("0")).isZero();
        assertThat(FeedValues.integer("1.5")).isNull();
        assertThat(FeedValues.commaList(" a, b ,,c ")).containsExactly("a", "b", "c");
    }
}
