package fr.engagement.tracking.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BotDetectorTest {

    private final BotDetector detector = BotDetector.standard();

    @ParameterizedTest
    @ValueSource(strings = {
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "curl/8.5.0",
        "python-requests/2.31.0",
        "Wget/1.21.4",
        "Java-http-client/17.0.12",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36",
        "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.0; +https://openai.com/gptbot)",
        "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
        ""
    })
    void robotsAreRecognised(String userAgent) {
        assertThat(detector.isBot(userAgent)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15",
        "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36"
    })
    void browsersAreNot(String userAgent) {
        assertThat(detector.isBot(userAgent)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void noUserAgentAtAllCountsAsARobot() {
        assertThat(detector.isBot(null)).isTrue();
    }

    @org.junit.jupiter.api.Test
    void decisionsAreRememberedBoundedAndStayTheSame() {
        BotDetector fresh = new BotDetector(java.util.List.of("bot"));
        assertThat(fresh.isBot("Mozilla/5.0 Chrome/131")).isFalse();
        assertThat(fresh.isBot("Mozilla/5.0 Chrome/131")).isFalse();
        assertThat(fresh.isBot("ExampleBot/1.0")).isTrue();
        assertThat(fresh.isBot("ExampleBot/1.0")).isTrue();
        assertThat(fresh.remembered()).isEqualTo(2);
        for (int i = 0; i < BotDetector.REMEMBERED + 10; i++) {
            assertThat(fresh.isBot("Mozilla/5.0 Chrome/131." + i)).isFalse();
        }
        assertThat(fresh.remembered()).isLessThanOrEqualTo(BotDetector.REMEMBERED);
        assertThat(fresh.isBot("x".repeat(600) + " bot")).isTrue();
        assertThat(fresh.remembered()).isLessThanOrEqualTo(BotDetector.REMEMBERED);
    }

    @org.junit.jupiter.api.Test
    void upperCaseRobotsAreRecognisedAndThePatternsStayLowerCase() throws Exception {
        assertThat(detector.isBot("MOZILLA/5.0 (COMPATIBLE; GOOGLEBOT/2.1)")).isTrue();
        try (var in = BotDetector.class.getResourceAsStream("bot-patterns.txt")) {
            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#"))
                    .forEach(line -> assertThat(line.replaceAll("\\\\.", "")).as(line).doesNotContainPattern("[A-Z]"));
        }
    }
}
