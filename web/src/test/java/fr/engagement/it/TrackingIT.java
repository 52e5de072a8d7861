package fr.engagement.it;

import static org.assertj.core.api.Assertions.assertThat;

import static fr.engagement.it.TrackingHttp.BROWSER;
import static fr.engagement.it.TrackingHttp.assertCountsMatch;
import static fr.engagement.it.TrackingHttp.GOOGLEBOT;
import static fr.engagement.it.TrackingHttp.api;
import static fr.engagement.it.TrackingHttp.clickIdOf;
import static fr.engagement.it.TrackingHttp.enc;
import static fr.engagement.it.TrackingHttp.get;
import static fr.engagement.it.TrackingHttp.headlessChromium;
import static fr.engagement.it.TrackingHttp.json;
import static fr.engagement.it.TrackingHttp.location;
import static fr.engagement.it.TrackingHttp.newAddress;
import static fr.engagement.it.TrackingHttp.params;
import static fr.engagement.it.TrackingHttp.send;

import fr.engagement.it.TrackingFixtures.Partner;
import fr.engagement.it.support.Eventually;
import fr.engagement.partners.entity.Publisher;
import fr.engagement.partners.entity.StatEvent;
import fr.engagement.tracking.control.TargetUrl;
import fr.engagement.tracking.control.TrackingSecret;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tracking over HTTP, in the container (issue 3, "Tracking" and the rate limits): the redirects and what they
 * record, robots, duplicates, conversions, impressions, confirm-human, /v2/activity with its scope, the 429s, and
 * the daily counts against the events. Every test has its own partners and its own client address (the loopback is
 * a trusted proxy in this deployment, {@link TrackingItConfig}), so they run in any order.
 */
@ExtendWith(ArquillianExtension.class)
class TrackingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(TrackingIT.class, TrackingHttp.class, TrackingFixtures.class, TrackingFixtures.Partner.class,
                LocalPort.class, TrackingItConfig.class)
                .addAsServiceProvider(ConfigSource.class, TrackingItConfig.class)
                .addAsWebResource("fr/engagement/it/jstag-page.html", "it/jstag-page.html");
    }

    @Inject
    TrackingFixtures fixtures;

    @Inject
    TrackingSecret secret;

    @Test
    void aMissionLinkRedirectsWithTheAttributionParametersAndRecordsTheClick() throws Exception {
        Partner announcer = fixtures.publisher("Association Lyon Solidaire");
        Partner broadcaster = fixtures.publisher("Bénévoles & Co");
        String mission = fixtures.mission(announcer.id(), "m-1", "https://asso.example/missions/1?ref=feed#apply",
                null, true);
        String ip = newAddress();

        HttpResponse<String> r = get("/r/" + mission + "/" + broadcaster.id() + "?tags=rentree,lyon", ip, BROWSER,
                "https://diffuseur.example/liste?q=aide&email=x@y.fr");

        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        String location = r.headers().firstValue("Location").orElseThrow();
        Matcher m = Pattern.compile("https://asso\\.example/missions/1\\?ref=feed&apiengagement_id=([0-9a-f-]{36})"
                + "&apiengagement_tracking_token=([A-Za-z0-9_.-]+)&utm_source=api_engagement&utm_medium=api"
                + "&utm_campaign=([a-z0-9-]+)#apply").matcher(location);
        assertThat(m.matches()).as(location).isTrue();
        String clickId = m.group(1);
        assertThat(m.group(3)).isEqualTo(TargetUrl.slug(broadcaster.name())).startsWith("benevoles-and-co-");
        assertThat(secret.tokens().verify(m.group(2), clickId, Instant.now())).isTrue();

        StatEvent click = fixtures.event(clickId);
        assertThat(click).isNotNull();
        assertThat(click.getType()).isEqualTo("click");
        assertThat(click.getSource()).isEqualTo("publisher");
        assertThat(click.getFromPublisherId()).isEqualTo(broadcaster.id());
        assertThat(click.getToPublisherId()).isEqualTo(announcer.id());
        assertThat(click.getMissionId()).isEqualTo(mission);
        assertThat(click.getMissionClientId()).isEqualTo("m-1");
        assertThat(click.getReferer()).as("query string stripped").isEqualTo("https://diffuseur.example/liste");
        assertThat(click.getUserAgent()).isEqualTo(BROWSER);
        assertThat(click.getUserHash()).matches("[0-9a-f]{64}").doesNotContain(ip);
        assertThat(click.getTags()).isEqualTo("[\"rentree\",\"lyon\"]");
        assertThat(click.isHuman()).isFalse();
        assertCountsMatch(fixtures, broadcaster.id());

        // an announcer measuring its traffic with Matomo gets the same attribution as mtm_*
        Partner serviceCivique = fixtures.publisher("Service Civique");
        fixtures.matomo(serviceCivique.id());
        String civic = fixtures.mission(serviceCivique.id(), "sc-1", "https://sc.example/m/1", null, true);
        String matomo = get("/r/" + civic + "/" + broadcaster.id(), newAddress(), BROWSER, null).headers()
                .firstValue("Location").orElseThrow();
        assertThat(matomo).matches("https://sc\\.example/m/1\\?apiengagement_id=[0-9a-f-]{36}"
                + "&apiengagement_tracking_token=[A-Za-z0-9_.-]+&mtm_source=api_engagement&mtm_medium=api"
                + "&mtm_campaign=benevoles-and-co-[a-z0-9-]+").doesNotContain("utm_");
    }

    @Test
    void robotsAreSentOnButNotCounted() throws Exception {
        Partner announcer = fixtures.publisher("Annonceur");
        Partner broadcaster = fixtures.publisher("Diffuseur");
        String mission = fixtures.mission(announcer.id(), "bot-1", "https://asso.example/bot", null, true);
        String ip = newAddress();

        HttpResponse<String> r = get("/r/" + mission + "/" + broadcaster.id(), ip, GOOGLEBOT, null);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).startsWith("https://asso.example/bot?")
                .doesNotContain("apiengagement_id");
        assertThat(get("/r/" + mission + "/" + broadcaster.id(), ip, null, null).statusCode())
                .as("a script's user agent").isEqualTo(302);
        assertThat(get("/r/impression/" + mission + "/" + broadcaster.id() + "?tracker=pixel", ip, GOOGLEBOT, null)
                .statusCode()).isEqualTo(204);
        assertThat(fixtures.events(mission)).isEmpty();
        assertCountsMatch(fixtures, broadcaster.id());
    }

    @Test
    void aSecondClickOfTheSameVisitorWithinFiveMinutesReusesTheFirst() throws Exception {
        Partner announcer = fixtures.publisher("Annonceur");
        Partner broadcaster = fixtures.publisher("Diffuseur");
        String mission = fixtures.mission(announcer.id(), "dup-1", "https://asso.example/dup", null, true);
        String ip = newAddress();

        String first = clickIdOf(get("/r/" + mission + "/" + broadcaster.id(), ip, BROWSER, "https://d.example/a"));
        String second = clickIdOf(get("/r/" + mission + "/" + broadcaster.id(), ip, BROWSER, "https://d.example/a"));
        String otherVisitor = clickIdOf(get("/r/" + mission + "/" + broadcaster.id(), newAddress(), BROWSER,
                "https://d.example/a"));

        assertThat(second).isEqualTo(first);
        assertThat(otherVisitor).isNotEqualTo(first);
        assertThat(fixtures.events(mission)).extracting(StatEvent::getId).containsExactly(first, otherVisitor);
        assertThat(fixtures.dailyCount(broadcaster.id(), "click")).isEqualTo(2);
        assertCountsMatch(fixtures, broadcaster.id());
    }

    @Test
    void unknownTargetsLeadToOurSearchPageAndNotrackRecordsNothing() throws Exception {
        Partner announcer = fixtures.publisher("Annonceur");
        Partner broadcaster = fixtures.publisher("Diffuseur");
        String mission = fixtures.mission(announcer.id(), "nt-1", "https://asso.example/nt?x=1", null, true);
        String ip = newAddress();

        assertThat(location(get("/r/" + UUID.randomUUID() + "/" + broadcaster.id(), ip, BROWSER, null)))
                .isEqualTo("https://engagement.test/");
        assertThat(location(get("/r/campaign/" + UUID.randomUUID(), ip, BROWSER, null)))
                .isEqualTo("https://engagement.test/");
        assertThat(location(get("/r/notrack/" + mission, ip, BROWSER, null))).isEqualTo("https://asso.example/nt?x=1");
        String unknownBroadcaster = location(get("/r/" + mission + "/" + Publisher.newId(), ip, BROWSER, null));
        assertThat(unknownBroadcaster).as("sent on, but no one to credit").startsWith("https://asso.example/nt?x=1&")
                .doesNotContain("apiengagement_id");
        assertThat(fixtures.events(mission)).isEmpty();
    }

    @Test
    void applicationsAndAccountsAfterAClickInheritItsAttributionAndAlwaysGetAnAnswer() throws Exception {
        Partner announcer = fixtures.publisher("Annonceur");
        Partner broadcaster = fixtures.publisher("Diffuseur");
        String mission = fixtures.mission(announcer.id(), "apply-1", "https://asso.example/apply", null, true);
        String other = fixtures.mission(announcer.id(), "apply-2", "https://asso.example/apply2", null, true);
        String ip = newAddress();
        String clickId = clickIdOf(get("/r/" + mission + "/" + broadcaster.id(), ip, BROWSER, null));

        HttpResponse<String> applied = get("/r/apply?view=" + clickId + "&publisher=" + announcer.id()
                + "&mission=apply-2&clientEventId=cand-77&customAttributes="
                + enc("{\"step\":\"form\",\"n\":2}") + "&utm_source=x", ip, BROWSER, "https://asso.example/apply2");
        assertThat(applied.statusCode()).isEqualTo(200);
        String applyId = json(applied).getString("id");
        StatEvent apply = fixtures.event(applyId);
        assertThat(apply.getType()).isEqualTo("apply");
        assertThat(apply.getClickId()).isEqualTo(clickId);
        assertThat(apply.getFromPublisherId()).isEqualTo(broadcaster.id());
        assertThat(apply.getToPublisherId()).isEqualTo(announcer.id());
        assertThat(apply.getSource()).isEqualTo("publisher");
        assertThat(apply.getMissionId()).as("the mission named by clientId").isEqualTo(other);
        assertThat(apply.getClientEventId()).isEqualTo("cand-77");
        assertThat(apply.getCustomAttributes()).isEqualTo("{\"step\":\"form\",\"n\":2}");

        HttpResponse<String> again = get("/r/apply?view=" + clickId + "&mission=apply-2&clientEventId=cand-77", ip,
                BROWSER, null);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).getString("id")).isEqualTo(applyId);
        assertThat(json(again).getBoolean("duplicate")).isTrue();

        HttpResponse<String> account = get("/r/account?view=" + clickId, ip, BROWSER, null);
        assertThat(account.statusCode()).isEqualTo(200);
        StatEvent acc = fixtures.event(json(account).getString("id"));
        assertThat(acc.getType()).isEqualTo("account");
        assertThat(acc.getMissionId()).as("the click's mission").isEqualTo(mission);

        HttpResponse<String> unknown = get("/r/apply?view=" + UUID.randomUUID(), ip, BROWSER, null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).getString("code")).isEqualTo("NOT_FOUND");
        assertThat(get("/r/apply", ip, BROWSER, null).statusCode()).as("no click id").isEqualTo(204);
        assertThat(get("/r/account?view=" + clickId, ip, GOOGLEBOT, null).statusCode()).isEqualTo(204);
        assertThat(fixtures.events(other)).extracting(StatEvent::getType).containsExactly("apply");
        assertCountsMatch(fixtures, broadcaster.id());
    }

    @Test
    void confirmHumanNeedsTheTokenOfThatClick() throws Exception {
        Partner announcer = fixtures.publisher("Annonceur");
        Partner broadcaster = fixtures.publisher("Diffuseur");
        String mission = fixtures.mission(announcer.id(), "human-1", "https://asso.example/h", null, true);
        String ip = newAddress();
        Map<String, String> first = params(location(get("/r/" + mission + "/" + broadcaster.id(), ip, BROWSER,
                null)));
        Map<String, String> second = params(location(get("/r/" + mission + "/" + broadcaster.id(), newAddress(),
                BROWSER, null)));
        String clickId = first.get("apiengagement_id");

        HttpResponse<String> forged = get("/r/" + clickId + "/confirm-human?token="
                + second.get("apiengagement_tracking_token"), ip, BROWSER, null);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(fixtures.event(clickId).isHuman()).isFalse();

        HttpResponse<String> confirmed = get("/r/" + clickId + "/confirm-human?token="
                + first.get("apiengagement_tracking_token"), ip, BROWSER, null);
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(fixtures.event(clickId).isHuman()).isTrue();
        assertThat(get("/r/" + UUID.randomUUID() + "/confirm-human?token=x", ip, BROWSER, null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void impressionsWidgetsAndCampaignsAreAttributedToTheirBroadcaster() throws Exception {
        Partner announcer = fixtures.publisher("Annonceur");
        Partner broadcaster = fixtures.publisher("Diffuseur");
        String mission = fixtures.mission(announcer.id(), "w-1", "https://asso.example/w", null, true);
        String widget = fixtures.widget("Widget Été", broadcaster.id());
        String campaign = fixtures.campaign("Bannière " + UUID.randomUUID(), "https://asso.example/c?src=banner",
                broadcaster.id(), announcer.id(), List.of("mtm_kwd=rentree"));
        String ip = newAddress();

        HttpResponse<String> pixel = get("/r/impression/" + mission + "/" + broadcaster.id()
                + "?tracker=pixel&requestId=req-1", ip, BROWSER, null);
        assertThat(pixel.statusCode()).isEqualTo(200);
        StatEvent print = fixtures.event(json(pixel).getString("id"));
        assertThat(print.getType()).isEqualTo("print");
        assertThat(print.getSource()).isEqualTo("jstag");
        assertThat(print.getTag()).isEqualTo("pixel");
        assertThat(get("/r/impression/" + UUID.randomUUID() + "/" + broadcaster.id(), ip, BROWSER, null)
                .statusCode()).isEqualTo(404);

        Map<String, String> widgetTarget = params(location(get("/r/widget/" + mission + "?widgetId=" + widget
                + "&requestId=req-2", ip, BROWSER, null)));
        assertThat(widgetTarget).containsEntry("utm_medium", "widget").containsEntry("utm_source", "api_engagement");
        assertThat(widgetTarget.get("utm_campaign")).startsWith("widget-ete-");
        StatEvent widgetClick = fixtures.event(widgetTarget.get("apiengagement_id"));
        assertThat(widgetClick.getSource()).isEqualTo("widget");
        assertThat(widgetClick.getSourceId()).isEqualTo(widget);
        assertThat(widgetClick.getRequestId()).isEqualTo("req-2");
        assertThat(widgetClick.getFromPublisherId()).isEqualTo(broadcaster.id());

        String campaignTarget = location(get("/r/campaign/" + campaign, ip, BROWSER, null));
        assertThat(campaignTarget).startsWith("https://asso.example/c?src=banner&apiengagement_id=")
                .endsWith("&mtm_kwd=rentree");
        StatEvent campaignClick = fixtures.event(params(campaignTarget).get("apiengagement_id"));
        assertThat(campaignClick.getSource()).isEqualTo("campaign");
        assertThat(campaignClick.getToPublisherId()).isEqualTo(announcer.id());
        assertThat(campaignClick.getFromPublisherId()).isEqualTo(broadcaster.id());
        assertThat(get("/r/impression/campaign/" + campaign, ip, BROWSER, null).statusCode()).isEqualTo(200);
        assertCountsMatch(fixtures, broadcaster.id());
        assertThat(fixtures.dailyCount(broadcaster.id(), "print")).isEqualTo(2);
    }

    @Test
    void activitiesAreDeclaredReadAndQualifiedWithinTheCallersScope() throws Exception {
        Partner announcer = fixtures.publisher("Annonceur");
        Partner broadcaster = fixtures.publisher("Diffuseur");
        Partner stranger = fixtures.publisher("Autre");
        String mission = fixtures.mission(announcer.id(), "act-1", "https://asso.example/act", "ORG-9", true);
        String clickId = clickIdOf(get("/r/" + mission + "/" + broadcaster.id(), newAddress(), BROWSER, null));

        HttpResponse<String> created = api("POST", "/v2/activity", announcer, "{\"clickId\":\"" + clickId + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        JsonObject data = json(created).getJsonObject("data");
        assertThat(data.keySet()).contains("_id", "type", "status", "clickId", "missionClientId", "missionId", "tag",
                "createdAt");
        assertThat(data.getString("type")).isEqualTo("apply");
        assertThat(data.getString("status")).isEqualTo("PENDING");
        assertThat(data.getString("clickId")).isEqualTo(clickId);
        assertThat(data.getString("missionId")).isEqualTo(mission);
        assertThat(data.getString("missionClientId")).isEqualTo("act-1");
        assertThat(data.isNull("tag")).isTrue();
        assertThat(data.getString("createdAt")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        String activity = data.getString("_id");
        StatEvent stored = fixtures.event(activity);
        assertThat(stored.getFromPublisherId()).isEqualTo(broadcaster.id());
        assertThat(stored.getToPublisherId()).isEqualTo(announcer.id());

        // invalid bodies
        assertThat(api("POST", "/v2/activity", announcer, "{}").statusCode()).isEqualTo(400);
        assertThat(api("POST", "/v2/activity", announcer, "[]").statusCode()).isEqualTo(400);
        assertThat(api("POST", "/v2/activity", announcer, "{\"clickId\":\"" + clickId + "\",\"missionId\":\""
                + mission + "\"}").statusCode()).isEqualTo(400);
        assertThat(api("POST", "/v2/activity", announcer, "{\"type\":\"click\",\"clickId\":\"" + clickId + "\"}")
                .statusCode()).isEqualTo(400);
        assertThat(json(api("POST", "/v2/activity", announcer, "{}")).getString("code")).isEqualTo("INVALID_BODY");
        assertThat(api("POST", "/v2/activity", announcer, "{\"clickId\":\"" + UUID.randomUUID() + "\"}")
                .statusCode()).isEqualTo(404);
        assertThat(api("POST", "/v2/activity", announcer, "{\"missionClientId\":\"nope\"}").statusCode())
                .isEqualTo(404);

        // scope: another publisher cannot use the click, read or change the activity
        assertThat(api("POST", "/v2/activity", stranger, "{\"clickId\":\"" + clickId + "\"}").statusCode())
                .isEqualTo(404);
        assertThat(api("GET", "/v2/activity/" + activity, stranger, null).statusCode()).isEqualTo(404);
        assertThat(api("PUT", "/v2/activity/" + activity, stranger, "{\"status\":\"REFUSED\"}").statusCode())
                .isEqualTo(404);
        assertThat(api("GET", "/v2/activity/" + activity, broadcaster, null).statusCode())
                .as("the broadcaster is not the announcer of this activity").isEqualTo(404);
        assertThat(fixtures.event(activity).getStatus()).isEqualTo("PENDING");

        HttpResponse<String> read = api("GET", "/v2/activity/" + activity, announcer, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read).getJsonObject("data").getString("_id")).isEqualTo(activity);
        assertThat(api("GET", "/v2/activity/" + activity + "?type=click", announcer, null).statusCode())
                .isEqualTo(400);
        HttpResponse<String> validated = api("PUT", "/v2/activity/" + activity, announcer,
                "{\"status\":\"VALIDATED\"}");
        assertThat(validated.statusCode()).isEqualTo(200);
        assertThat(json(validated).getJsonObject("data").getString("status")).isEqualTo("VALIDATED");
        assertThat(fixtures.event(activity).getStatus()).isEqualTo("VALIDATED");
        assertThat(api("PUT", "/v2/activity/" + activity, announcer, "{\"status\":\"DONE\"}").statusCode())
                .isEqualTo(400);
        assertThat(api("PUT", "/v2/activity/" + activity, announcer, "{}").statusCode()).isEqualTo(400);

        // a broadcaster declaring without a click: only missions of its diffusion
        String declare = "{\"missionId\":\"" + mission + "\",\"type\":\"account\",\"tag\":\"home\"}";
        HttpResponse<String> refused = api("POST", "/v2/activity", broadcaster, declare);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).getString("message")).isEqualTo("Mission not accessible");
        fixtures.diffuses(broadcaster.id(), announcer.id(), null);
        HttpResponse<String> declared = api("POST", "/v2/activity", broadcaster, declare);
        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(200);
        StatEvent account = fixtures.event(json(declared).getJsonObject("data").getString("_id"));
        assertThat(account.getFromPublisherId()).isEqualTo(broadcaster.id());
        assertThat(account.getToPublisherId()).isEqualTo(announcer.id());
        assertThat(account.getTag()).isEqualTo("home");
        fixtures.diffuses(stranger.id(), announcer.id(), "org-9");
        assertThat(api("POST", "/v2/activity", stranger, declare).statusCode()).as("organisation excluded")
                .isEqualTo(403);
        // the same rules as the mission routes: a criterion on the mission's type narrows the diffusion too
        Partner volontariatOnly = fixtures.publisher("Diffuseur volontariat");
        fixtures.diffusesWhere(volontariatOnly.id(), announcer.id(), "type", "is", "volontariat");
        assertThat(api("POST", "/v2/activity", volontariatOnly, declare).statusCode()).as("type outside the rule")
                .isEqualTo(403);
        assertThat(api("GET", "/v0/mission/" + mission, volontariatOnly, null).statusCode()).isEqualTo(404);
        String refusedMission = fixtures.mission(announcer.id(), "act-2", "https://asso.example/act2", null, false);
        assertThat(api("POST", "/v2/activity", broadcaster, "{\"missionId\":\"" + refusedMission + "\"}")
                .statusCode()).as("not live").isEqualTo(403);
        assertCountsMatch(fixtures, broadcaster.id());
    }

    @Test
    void aClientEventIdUsedForAnApplicationAndAnAccountNeedsTheType() throws Exception {
        Partner announcer = fixtures.publisher("Annonceur");
        Partner broadcaster = fixtures.publisher("Diffuseur");
        String mission = fixtures.mission(announcer.id(), "ce-1", "https://asso.example/ce", null, true);
        String ip = newAddress();
        String clickId = clickIdOf(get("/r/" + mission + "/" + broadcaster.id(), ip, BROWSER, null));
        String applyId = json(get("/r/apply?view=" + clickId + "&clientEventId=user-5", ip, BROWSER, null))
                .getString("id");
        String accountId = json(get("/r/account?view=" + clickId + "&clientEventId=user-5", ip, BROWSER, null))
                .getString("id");

        HttpResponse<String> ambiguous = api("GET", "/v2/activity/user-5", announcer, null);
        assertThat(ambiguous.statusCode()).isEqualTo(409);
        assertThat(json(api("GET", "/v2/activity/user-5?type=account", announcer, null)).getJsonObject("data")
                .getString("_id")).isEqualTo(accountId);
        HttpResponse<String> canceled = api("PUT", "/v2/activity/user-5", announcer,
                "{\"status\":\"CANCELED\",\"type\":\"apply\"}");
        assertThat(canceled.statusCode()).isEqualTo(200);
        assertThat(fixtures.event(applyId).getStatus()).isEqualTo("CANCELED");
        assertThat(api("GET", "/v2/activity/user-5?type=apply", broadcaster, null).statusCode()).isEqualTo(404);
    }

    @Test
    void limitsAnswer429WithTheirHeadersPerAddressAndPerPublisher() throws Exception {
        String ip = newAddress();
        for (int i = 1; i <= TrackingItConfig.IP_LIMIT; i++) {
            HttpResponse<String> r = get("/r/notrack/" + UUID.randomUUID(), ip, BROWSER, null);
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(r.headers().firstValue("X-RateLimit-Limit")).contains(
                    Integer.toString(TrackingItConfig.IP_LIMIT));
            assertThat(r.headers().firstValue("X-RateLimit-Remaining")).contains(
                    Integer.toString(TrackingItConfig.IP_LIMIT - i));
            assertThat(r.headers().firstValue("X-RateLimit-Reset")).isPresent();
        }
        HttpResponse<String> limited = get("/r/notrack/" + UUID.randomUUID(), ip, BROWSER, null);
        assertTooMany(limited);
        assertTooMany(get("/r/impression/" + UUID.randomUUID() + "/" + UUID.randomUUID(), ip, BROWSER, null));
        assertThat(get("/r/notrack/" + UUID.randomUUID(), newAddress(), BROWSER, null).statusCode())
                .as("another address has its own window").isEqualTo(302);

        Partner busy = fixtures.publisher("Pressé");
        Partner calm = fixtures.publisher("Calme");
        for (int i = 1; i <= TrackingItConfig.PUBLISHER_LIMIT; i++) {
            HttpResponse<String> r = api("GET", "/v2/activity/" + UUID.randomUUID(), busy, null);
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.headers().firstValue("X-RateLimit-Remaining")).contains(
                    Integer.toString(TrackingItConfig.PUBLISHER_LIMIT - i));
        }
        assertTooMany(api("GET", "/v2/activity/" + UUID.randomUUID(), busy, null));
        assertThat(api("GET", "/v2/activity/" + UUID.randomUUID(), calm, null).statusCode()).isEqualTo(404);
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(URI.create(LocalPort.base() + "/v2/activity/x"))
                .GET().build());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("X-RateLimit-Limit")).as("not counted").isEmpty();
    }

    @Test
    void jstagOnAnAnnouncersPageReportsTheApplicationTheImpressionOnScreenAndTheHuman() throws Exception {
        Partner announcer = fixtures.publisher("Annonceur");
        Partner broadcaster = fixtures.publisher("Diffuseur");
        String page = LocalPort.base() + "/it/jstag-page.html";
        String mission = fixtures.mission(announcer.id(), "js-1", page + "?a=" + announcer.id(), null, true);
        // the mission's page shows the mission itself, as listed by the broadcaster
        String shown = page + "?a=" + announcer.id() + "&m=" + mission + "&b=" + broadcaster.id();
        String landed = location(get("/r/" + mission + "/" + broadcaster.id(), newAddress(), BROWSER, null));
        String clickId = params(landed).get("apiengagement_id");
        String visit = shown + "&apiengagement_id=" + clickId + "&apiengagement_tracking_token="
                + params(landed).get("apiengagement_tracking_token");

        headlessChromium(visit);

        StatEvent apply = Eventually.get(Duration.ofSeconds(20), "the application reported by jstag.js",
                () -> fixtures.events(mission).stream().filter(e -> "apply".equals(e.getType())).findFirst());
        assertThat(apply.getClickId()).isEqualTo(clickId);
        assertThat(apply.getClientEventId()).isEqualTo("js-cand");
        assertThat(apply.getCustomAttributes()).isEqualTo("{\"step\":\"sent\"}");
        assertThat(apply.getFromPublisherId()).isEqualTo(broadcaster.id());
        Eventually.get(Duration.ofSeconds(20), "the click confirmed human",
                () -> java.util.Optional.of(fixtures.event(clickId)).filter(StatEvent::isHuman));
        StatEvent print = Eventually.get(Duration.ofSeconds(20), "the impression of the mission on screen",
                () -> fixtures.events(mission).stream().filter(e -> "print".equals(e.getType())).findFirst());
        assertThat(print.getSource()).isEqualTo("jstag");
        assertThat(print.getFromPublisherId()).isEqualTo(broadcaster.id());
        assertThat(fixtures.events(mission)).as("the mission far below the fold is not counted")
                .filteredOn(e -> "print".equals(e.getType())).hasSize(1);
        assertCountsMatch(fixtures, broadcaster.id());
    }

    private static void assertTooMany(HttpResponse<String> r) {
        assertThat(r.statusCode()).isEqualTo(429);
        JsonObject body = json(r);
        assertThat(body.getBoolean("ok")).isFalse();
        assertThat(body.getString("code")).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(body.getString("message")).isNotBlank();
        assertThat(r.headers().firstValue("X-RateLimit-Remaining")).contains("0");
        assertThat(r.headers().firstValue("X-RateLimit-Limit")).isPresent();
        long reset = Long.parseLong(r.headers().firstValue("X-RateLimit-Reset").orElseThrow());
        assertThat(reset).isGreaterThan(Instant.now().getEpochSecond() - 1);
        assertThat(Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 120L);
    }

    /** stat_event_daily holds exactly the events of the broadcaster, type by type. */

}
