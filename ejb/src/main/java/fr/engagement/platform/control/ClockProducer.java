package fr.engagement.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** One clock for the whole application, in the ministry's time zone: dates shown and compared are French dates. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Produces
    Clock clock() {
        return Clock.system(PARIS);
    }
}
