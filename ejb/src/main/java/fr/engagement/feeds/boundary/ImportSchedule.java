package fr.engagement.feeds.boundary;

import fr.engagement.platform.control.DatabaseMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Imports every announcer's feed on the schedule {@code partners.import.schedule}: five cron fields "minute hour
 * day-of-month month day-of-week", by default "15 *&#47;6 * * *" (every six hours, as the peer), "off" to disable.
 * The timer is not persistent (a Micro instance without data grid has no timer store); every instance runs it, and
 * {@link FeedImports#start} lets only one import per publisher through (row lock, and a recent import skips it).
 */
@Singleton
@Startup
public class ImportSchedule {

    private static final Logger LOG = Logger.getLogger(ImportSchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    FeedSettings settings;

    @EJB
    FeedImports imports;

    @EJB
    DatabaseMigration migration;

    @PostConstruct
    void schedule() {
        String cron = settings.schedule() == null ? "" : settings.schedule().strip();
        if (cron.isEmpty() || cron.equalsIgnoreCase("off")) {
            LOG.info("Feed imports: no schedule (partners.import.schedule=off)");
            return;
        }
        timers.createCalendarTimer(expression(cron), new TimerConfig("feed-import", false));
        LOG.info(() -> "Feed imports scheduled: " + cron);
    }

    static ScheduleExpression expression(String cron) {
        String[] f = cron.split("\\s+");
        if (f.length != 5) {
            throw new IllegalArgumentException("partners.import.schedule must have 5 fields (minute hour"
                    + " day-of-month month day-of-week) or be off: " + cron);
        }
        return new ScheduleExpression().second("0").minute(f[0]).hour(f[1]).dayOfMonth(f[2]).month(f[3])
                .dayOfWeek(f[4]).timezone("Europe/Paris");
    }

    @Timeout
    void run() {
        if (migration.isMigrated()) {
            int started = imports.startScheduled();
            LOG.info(() -> "Scheduled feed imports started: " + started);
        }
    }
}
