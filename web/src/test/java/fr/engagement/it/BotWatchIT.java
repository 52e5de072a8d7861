package fr.engagement.it;

import static fr.engagement.it.TrackingHttp.BROWSER;
import static fr.engagement.it.TrackingHttp.assertCountsMatch;
import static fr.engagement.it.TrackingHttp.clickIdOf;
import static fr.engagement.it.TrackingHttp.get;
import static fr.engagement.it.TrackingHttp.newAddress;
import static org.assertj.core.api.Assertions.assertThat;

import fr.engagement.it.TrackingFixtures.Partner;
import fr.engagement.partners.entity.BotSuspect;
import fr.engagement.partners.entity.StatEvent;
import fr.engagement.tracking.boundary.BotWatch;
import fr.engagement.tracking.control.BlockedVisitors;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Robots found by what they do (issue 3, the peer's bot warnings): the hourly watch over real clicks, which visitors
 * it suspects and which it leaves alone, and what a block does to the events and their daily counts, including the
 * events a blocked visitor made on an instance that did not know of the block yet. The administrator's page that
 * blocks and unblocks is covered by {@link PartnerPagesIT}. Here a visitor is a suspect from
 * {@value TrackingItConfig#BOT_MIN_CLICKS} clicks ({@link TrackingItConfig}).
 */
@ExtendWith(ArquillianExtension.class)
class BotWatchIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(BotWatchIT.class, TrackingHttp.class, TrackingFixtures.class,
                TrackingFixtures.Partner.class, LocalPort.class, TrackingItConfig.class)
                .addAsServiceProvider(ConfigSource.class, TrackingItConfig.class);
    }

    @Inject
    TrackingFixtures fixtures;

    @Inject
    BotWatch watch;

    @Inject
    BlockedVisitors blocked;

    @Test
    void onlyAVisitorThatClicksFromOneBroadcasterWithoutAnyApplicationIsSuspected() throws Exception {
        Partner announcer = fixtures.publisher("Annonceur surveillé");
        Partner broadcaster = fixtures.publisher("Diffuseur surveillé");
        Partner other = fixtures.publisher("Autre diffuseur");
        List<String> missions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            missions.add(fixtures.mission(announcer.id(), "bot-" + i, "https://asso.example/bot/" + i, null, true));
        }
        // a user agent of this run: the visitor hashes of other test classes, on the same database, differ
        String agent = BROWSER + " run-" + System.nanoTime();
        String robot = newAddress();
        String applicant = newAddress();
        String twoSources = newAddress();
        String robotClick = null;
        String applicantClick = null;
        for (int i = 0; i < 3; i++) {
            robotClick = clickIdOf(get("/r/" + missions.get(i) + "/" + broadcaster.id(), robot, agent, null));
            applicantClick = clickIdOf(get("/r/" + missions.get(i) + "/" + broadcaster.id(), applicant, agent, null));
        }
        assertThat(get("/r/apply?view=" + applicantClick, applicant, agent, null).statusCode()).isEqualTo(200);
        String twoSourcesClick = clickIdOf(get("/r/" + missions.get(0) + "/" + broadcaster.id(), twoSources, agent,
                null));
        clickIdOf(get("/r/" + missions.get(1) + "/" + broadcaster.id(), twoSources, agent, null));
        clickIdOf(get("/r/" + missions.get(2) + "/" + other.id(), twoSources, agent, null));
        assertThat(fixtures.dailyCount(broadcaster.id(), "click")).isEqualTo(8);

        assertThat(watch.watch()).isPositive();

        String robotHash = fixtures.event(robotClick).getUserHash();
        BotSuspect suspect = fixtures.suspect(robotHash);
        assertThat(suspect).as("3 clicks, one broadcaster, nothing after").isNotNull();
        assertThat(suspect.getClickCount()).isEqualTo(3);
        assertThat(suspect.getFromPublisherId()).isEqualTo(broadcaster.id());
        assertThat(suspect.getUserAgent()).isEqualTo(agent);
        assertThat(suspect.isBlocked()).as("nothing is blocked without an administrator").isFalse();
        assertThat(fixtures.suspect(fixtures.event(applicantClick).getUserHash())).as("an application followed")
                .isNull();
        assertThat(fixtures.suspect(fixtures.event(twoSourcesClick).getUserHash())).as("two broadcasters")
                .isNull();
        assertThat(fixtures.event(robotClick).isBot()).isFalse();

        // blocked on another instance: this one's watch flags the events that were still counted
        fixtures.blockedElsewhere(robotHash);
        watch.watch();
        assertThat(fixtures.eventsFrom(broadcaster.id())).filteredOn(e -> robotHash.equals(e.getUserHash()))
                .hasSize(3).allMatch(StatEvent::isBot);
        assertThat(fixtures.dailyCount(broadcaster.id(), "click")).as("the applicant's 3 and the other visitor's 2")
                .isEqualTo(5);
        assertCountsMatch(fixtures, broadcaster.id());

        // once this instance knows of the block, a later click is flagged as it is stored, and never counted
        blocked.changed(robotHash, true);
        String later = clickIdOf(get("/r/" + missions.get(3) + "/" + broadcaster.id(), robot, agent, null));
        assertThat(later).as("the visitor is still sent on with a click id").isNotNull();
        assertThat(fixtures.event(later).isBot()).isTrue();
        assertThat(fixtures.dailyCount(broadcaster.id(), "click")).isEqualTo(5);
        assertCountsMatch(fixtures, broadcaster.id());
    }

}
