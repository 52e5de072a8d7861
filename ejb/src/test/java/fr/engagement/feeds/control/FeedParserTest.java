package fr.engagement.feeds.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    static List<XmlNode> parse(String xml) throws FeedException {
        return parse(xml.getBytes(StandardCharsets.UTF_8), FeedLimits.defaults());
    }

    static List<XmlNode> parse(byte[] xml, FeedLimits limits) throws FeedException {
        List<XmlNode> missions = new ArrayList<>();
        try (FeedParser p = new FeedParser(new ByteArrayInputStream(xml), limits)) {
            XmlNode m;
            while ((m = p.next()) != null) {
                missions.add(m);
            }
        }
        return missions;
    }

    @Test
    void readsMissionsWithCdataAndSkipsChannelElements() throws Exception {
        List<XmlNode> missions = parse(HEAD + "<source><publisher><![CDATA[Site]]></publisher>"
                + "<mission><clientId><![CDATA[01000]]></clientId><title> Un titre </title></mission>"
                + "<mission><clientId>2</clientId><addresses><address><city>Lyon</city></address></addresses></mission>"
                + "</source>");
        assertThat(missions).hasSize(2);
        assertThat(missions.get(0).text("clientId")).contains("01000");
        assertThat(missions.get(0).text("title")).contains("Un titre");
        assertThat(missions.get(1).child("addresses").orElseThrow().children("address")).hasSize(1);
    }

    @Test
    void emptyBodyIsEmptyXml() {
        assertThatThrownBy(() -> parse("  \n")).hasMessage("Empty xml");
    }

    @Test
    void bodyWithoutXmlDeclarationIsNotAnXml() {
        assertThatThrownBy(() -> parse("<source><mission/></source>")).hasMessage("Not an XML");
        assertThatThrownBy(() -> parse("{\"json\": true}")).hasMessage("Not an XML");
    }

    @Test
    void sourceWithoutMissionIsEmptyXml() {
        assertThatThrownBy(() -> parse(HEAD + "<source><publisher>x</publisher></source>"))
                .hasMessageStartingWith("Empty xml");
        assertThatThrownBy(() -> parse(HEAD + "<rss><mission/></rss>")).hasMessageStartingWith("Empty xml");
    }

    @Test
    void brokenXmlIsAParseErrorWithItsLine() {
        assertThatThrownBy(() -> parse(HEAD + "<source>\n<mission><title>a</titl></mission></source>"))
                .hasMessageStartingWith("Error parsing xml: line 3, column 20: The element type \"title\" must be terminated");
        assertThatThrownBy(() -> parse(HEAD + "<source><mission><title>a</title></mission>"))
                .hasMessageStartingWith("Error parsing xml");
    }

    @Test
    void externalEntityIsRefused() {
        String xxe = HEAD + "<!DOCTYPE source [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<source><mission><clientId>1</clientId><title>&xxe;</title></mission></source>";
        assertThatThrownBy(() -> parse(xxe)).isInstanceOf(FeedException.class)
                .hasMessageStartingWith("Error parsing xml: DOCTYPE is not allowed in a feed")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("root:"));
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE source [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";")
                    .repeat(10)).append("\">");
        }
        dtd.append("]>");
        String bomb = HEAD + dtd + "<source><mission><clientId>1</clientId><title>&lol9;</title></mission></source>";
        assertThatThrownBy(() -> parse(bomb)).hasMessageStartingWith("Error parsing xml: DOCTYPE is not allowed");
    }

    @Test
    void undeclaredEntityIsAParseError() {
        assertThatThrownBy(() -> parse(HEAD + "<source><mission><title>&nbsp;</title></mission></source>"))
                .hasMessageContaining("nbsp");
    }

    @Test
    void wrongDeclaredEncodingIsAParseError() {
        byte[] latin1 = (HEAD + "<source><mission><clientId>1</clientId><title>Répétition générale</title>"
                + "</mission></source>").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> parse(latin1, FeedLimits.defaults())).hasMessageStartingWith("Error parsing xml");
    }

    @Test
    void declaredLatin1IsRead() throws Exception {
        byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><source><mission><clientId>1</clientId>"
                + "<title>Répétition générale</title></mission></source>").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(parse(latin1, FeedLimits.defaults()).get(0).text("title")).contains("Répétition générale");
    }

    @Test
    void feedLargerThanTheLimitFailsWhileStreaming() {
        String mission = "<mission><clientId>1</clientId><title>" + "x".repeat(1000) + "</title></mission>";
        // an endless stream: the parser must stop at the limit, never read it all
        byte[] head = (HEAD + "<source>").getBytes(StandardCharsets.UTF_8);
        byte[] body = mission.getBytes(StandardCharsets.UTF_8);
        InputStream endless = new InputStream() {
            long position;

            @Override
            public int read() {
                long p = position++;
                return p < head.length ? head[(int) p] : body[(int) ((p - head.length) % body.length)];
            }
        };
        assertThatThrownBy(() -> {
            try (FeedParser p = new FeedParser(endless, FeedLimits.defaults().withMaxBytes(200_000))) {
                while (p.next() != null) {
                    // read on
                }
            }
        }).hasMessage("Error parsing xml: Feed too large: more than 200000 bytes");
    }

    @Test
    void tooManyMissionsFail() {
        String xml = HEAD + "<source>" + "<mission><clientId>1</clientId></mission>".repeat(11) + "</source>";
        assertThatThrownBy(() -> parse(xml.getBytes(StandardCharsets.UTF_8), FeedLimits.defaults()
                .withMaxMissions(10))).hasMessage("Error parsing xml: more than 10 missions");
    }

    @Test
    void overlongTextFails() {
        String xml = HEAD + "<source><mission><description>" + "x".repeat(FeedLimits.DEFAULT_MAX_TEXT + 1)
                + "</description></mission></source>";
        assertThatThrownBy(() -> parse(xml)).hasMessageContaining("element <description> longer than");
    }

    @Test
    void deepNestingFails() {
        String xml = HEAD + "<source><mission>" + "<a>".repeat(20) + "</a>".repeat(20) + "</mission></source>";
        assertThatThrownBy(() -> parse(xml)).hasMessageContaining("nested deeper");
    }
}
