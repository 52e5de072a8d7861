package fr.engagement.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/**
 * A GreenMail SMTP server inside the Payara JVM, on the host and port the application sends to (set by arquillian.xml
 * from {@code it.smtp.port}). Started by the test that needs it and stopped at its end, so each test decides whether
 * the mail server is up.
 */
public final class MailServer implements AutoCloseable {

    private final GreenMail greenMail;

    private MailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    public static MailServer start() {
        int port = Integer.parseInt(System.getProperty("it.smtp.port", System.getProperty("mail.smtp.port", "3025")));
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return new MailServer(greenMail);
    }

    /** One received message as a test looks at it. */
    public record Received(List<String> to, String from, String subject, String body) {}

    /** Everything received so far that was addressed to this recipient. */
    public List<Received> to(String recipient) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .map(MailServer::received)
                .filter(m -> m.to().contains(recipient))
                .toList();
    }

    private static Received received(MimeMessage message) {
        try {
            return new Received(addresses(message.getRecipients(Message.RecipientType.TO)),
                    addresses(message.getFrom()).get(0), message.getSubject(),
                    // decoded text of the HTML part (the raw body is quoted-printable)
                    message.getContent() instanceof String text ? text : GreenMailUtil.getBody(message));
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses)
                .map(a -> ((jakarta.mail.internet.InternetAddress) a).getAddress()).toList();
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
