package fr.engagement.tracking.boundary;

import static fr.engagement.platform.entity.JsonProviders.JSON;

import fr.engagement.partners.entity.Publisher;
import fr.engagement.partners.entity.StatEvent;
import fr.engagement.tracking.control.BlockedVisitors;
import fr.engagement.tracking.control.DataGrid;
import fr.engagement.tracking.control.GroupCommit;
import fr.engagement.tracking.control.TargetUrl;
import fr.engagement.tracking.control.TrackingDirectory;
import fr.engagement.tracking.control.TrackingDirectory.CampaignRef;
import fr.engagement.tracking.control.TrackingDirectory.MissionTarget;
import fr.engagement.tracking.control.TrackingDirectory.WidgetRef;
import fr.engagement.tracking.control.TrackingSecret;
import fr.engagement.tracking.control.UuidV7;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The tracked links of §5: each answers where to send the visitor, and records the click on the way, attributed
 * from the broadcaster that showed the link to the announcer that owns the mission. A click is recorded whether or
 * not the mission is in the broadcaster's diffusion rules: the link was followed, the announcer got the visitor, and
 * the rules decide what the API lists, not who may send traffic. Robots are sent on but not counted; a second click
 * of the same visitor on the same mission from the same broadcaster within five minutes reuses the first click's id.
 * Runs without a transaction: the event has its own ({@link GroupCommit}), and the visitor is sent on even if it fails.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Redirects {

    private static final Logger LOG = Logger.getLogger(Redirects.class.getName());
    public static final Duration DUPLICATE_WINDOW = Duration.ofMinutes(5);

    @Inject
    TrackingDirectory directory;

    @Inject
    GroupCommit commits;

    @Inject
    BlockedVisitors blocked;

    @Inject
    TrackingSecret secret;

    @Inject
    DataGrid grid;

    @Inject
    Clock clock;

    @Inject
    Config config;

    /** Where to send the visitor, and the click recorded or reused (null when none: robot, unknown source). */
    public record Redirect(String location, String clickId) {}

    /** /r/{missionId}/{publisherId}: a link of the API diffusion. */
    public Redirect missionClick(String missionId, String broadcasterId, String tags, String userScoringId,
            Visitor visitor) {
        Optional<MissionTarget> mission = directory.mission(missionId);
        if (mission.isEmpty()) {
            return fallback();
        }
        Optional<String> name = directory.publisherName(broadcasterId);
        Map<String, String> utm = utm("api", TargetUrl.slug(name.orElse(broadcasterId)));
        return click(mission.get(), name.isPresent() ? broadcasterId : null, "publisher", null, null, null, utm,
                visitor, e -> e.withTags(list(tags)).withCustomAttributes(userScoringId == null ? null
                        : JSON.createObjectBuilder().add("user_scoring_id", userScoringId).build().toString()));
    }

    /** /r/widget/{missionId}: a mission shown in a broadcaster's widget. */
    public Redirect widgetClick(String missionId, String widgetId, String requestId, Visitor visitor) {
        Optional<MissionTarget> mission = directory.mission(missionId);
        if (mission.isEmpty()) {
            return fallback();
        }
        Optional<WidgetRef> widget = directory.widget(widgetId);
        String name = widget.map(WidgetRef::name).orElse("widget");
        return click(mission.get(), widget.map(WidgetRef::fromPublisherId).orElse(null), "widget", widgetId, name,
                requestId, utm("widget", TargetUrl.slug(name)), visitor, e -> {});
    }

    /** /r/seo/{missionId}: a mission page found through a search engine; the platform is the broadcaster. */
    public Redirect seoClick(String missionId, Visitor visitor) {
        return directory.mission(missionId).map(m -> click(m, Publisher.PLATFORM_ID, "seo", null, null, null,
                utm("google", "seo"), visitor, e -> {})).orElseGet(this::fallback);
    }

    /** /r/email/{missionId}/{publisherId}: a mission sent by email (a mission alert, or a quiz's results). */
    public Redirect emailClick(String missionId, String publisherId, String userScoringId, Visitor visitor) {
        Optional<MissionTarget> mission = directory.mission(missionId);
        if (mission.isEmpty()) {
            return fallback();
        }
        Optional<String> name = directory.publisherName(publisherId);
        JsonObjectBuilder attributes = JSON.createObjectBuilder()
                .add("email_type", userScoringId == null ? "mission_email" : "user_scoring");
        if (userScoringId != null) {
            attributes.add("user_scoring_id", userScoringId);
        }
        String json = attributes.build().toString();
        return click(mission.get(), name.isPresent() ? publisherId : null, "email", null, null, null,
                utm("email", TargetUrl.slug(name.orElse(publisherId))), visitor, e -> e.withCustomAttributes(json));
    }

    /** /r/campaign/{campaignId}: the campaign's target with the click id and the campaign's trackers. */
    public Redirect campaignClick(String campaignId, Visitor visitor) {
        Optional<CampaignRef> found = directory.campaign(legacyId(campaignId));
        if (found.isEmpty()) {
            return fallback();
        }
        CampaignRef c = found.get();
        Map<String, String> trackers = new LinkedHashMap<>();
        for (String tracker : c.trackers()) {
            int eq = tracker.indexOf('=');
            if (eq > 0) {
                trackers.put(tracker.substring(0, eq), tracker.substring(eq + 1));
            }
        }
        MissionTarget target = new MissionTarget(null, c.toPublisherId(), null, c.url(), true, false);
        return click(target, c.fromPublisherId(), "campaign", c.id(), c.name(), null, trackers, visitor,
                e -> {});
    }

    /** /r/notrack/{missionId}: the mission's page, nothing recorded (widget previews). */
    public Redirect noTrack(String missionId) {
        return directory.mission(missionId).flatMap(m -> TargetUrl.with(m.applicationUrl(), Map.of()))
                .map(url -> new Redirect(url, null)).orElseGet(this::fallback);
    }

    /** Our own search page: where a link to a mission we do not know leads. */
    public Redirect fallback() {
        String base = config.getOptionalValue("app.base-url", String.class).orElse("http://localhost:8080");
        return new Redirect(base.endsWith("/") ? base : base + "/", null);
    }

    private Redirect click(MissionTarget mission, String from, String source, String sourceId, String sourceName,
            String requestId, Map<String, String> attribution, Visitor visitor,
            java.util.function.Consumer<StatEvent> details) {
        Map<String, String> extra = mission.matomo() ? matomo(attribution) : attribution;
        if (from == null || visitor.isBot()) {
            return target(mission.applicationUrl(), null, extra);
        }
        Instant now = clock.instant();
        String user = visitor.userHash();
        String id = UuidV7.next();
        String key = "click:" + user + ":" + (mission.id() == null ? "campaign:" + sourceId : mission.id()) + ":"
                + from;
        Optional<String> earlier = grid.counters().putIfAbsent(key, id, DUPLICATE_WINDOW);
        if (earlier.isPresent()) {
            return target(mission.applicationUrl(), earlier.get(), extra);
        }
        StatEvent click = new StatEvent(id, StatEvent.CLICK, source, from, mission.publisherId(), mission.id(), now)
                .withMissionClientId(mission.clientId()).withSourceDetail(sourceId, sourceName)
                .withRequestId(requestId)
                .withVisitor(user, visitor.refererWithoutQuery(), visitor.userAgent(), visitor.host(),
                        visitor.origin());
        details.accept(click);
        if (blocked.contains(user)) {
            click.asBot();
        }
        try {
            commits.record(click);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Click not recorded, the visitor is sent on without a click id", e);
            grid.counters().remove(key);
            return target(mission.applicationUrl(), null, extra);
        }
        return target(mission.applicationUrl(), id, extra);
    }

    private Redirect target(String url, String clickId, Map<String, String> extra) {
        Map<String, String> params = new LinkedHashMap<>();
        if (clickId != null) {
            params.put("apiengagement_id", clickId);
            params.put("apiengagement_tracking_token", secret.tokens().sign(clickId, clock.instant()));
        }
        params.putAll(extra);
        return TargetUrl.with(url, params).map(u -> new Redirect(u, clickId)).orElseGet(this::fallback);
    }

    private static Map<String, String> utm(String medium, String campaign) {
        Map<String, String> utm = new LinkedHashMap<>();
        utm.put("utm_source", "api_engagement");
        utm.put("utm_medium", medium);
        utm.put("utm_campaign", campaign);
        return utm;
    }

    /** The same parameters, utm_* named mtm_* (Matomo's campaign parameters), for the announcers that want them. */
    static Map<String, String> matomo(Map<String, String> params) {
        Map<String, String> renamed = new LinkedHashMap<>();
        params.forEach((name, value) -> renamed.put(name.startsWith("utm_") ? "mtm_" + name.substring(4) : name,
                value));
        return renamed;
    }

    private static String list(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return null;
        }
        JsonArrayBuilder array = JSON.createArrayBuilder();
        Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).limit(20)
                .forEach(array::add);
        return array.build().toString();
    }

    /** The peer cuts ids longer than 24 characters without a dash (partners append to the 24-hex ids). */
    static String legacyId(String id) {
        return id != null && id.length() > 24 && !id.contains("-") ? id.substring(0, 24) : id;
    }
}
