package fr.engagement.notifications.boundary;

import fr.engagement.notifications.entity.OutboxMail;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the outbox every ten seconds. Rows are taken with {@code FOR UPDATE SKIP LOCKED}, so the instances of a
 * cluster share the work without sending a mail twice; a failure is kept on the row and retried later.
 */
@Stateless
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "mail.smtp.host")
    String host;

    @Inject
    @ConfigProperty(name = "mail.smtp.port")
    int port;

    // Optional: an empty value means "no SMTP authentication" (MicroProfile Config treats "" as absent).
    @Inject
    @ConfigProperty(name = "mail.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "mail.smtp.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "mail.from")
    String from;

    private Session session;

    @PostConstruct
    void connect() {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        props.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        boolean auth = user.filter(u -> !u.isBlank()).isPresent();
        props.put("mail.smtp.auth", String.valueOf(auth));
        session = auth ? Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user.orElseThrow(), password.orElse(""));
            }
        }) : Session.getInstance(props);
    }

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "outbox")
    public void sendPending() {
        flush();
    }

    /** Sends what is due now and returns how many were sent. */
    @SuppressWarnings("unchecked")
    public int flush() {
        List<OutboxMail> due = em.createNativeQuery("SELECT * FROM outbox_mail WHERE sent_at IS NULL "
                + "AND next_attempt_at <= ? ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED", OutboxMail.class)
                .setParameter(1, java.sql.Timestamp.from(clock.instant())).setParameter(2, BATCH).getResultList();
        int sent = 0;
        for (OutboxMail mail : due) {
            try {
                send(mail);
                mail.sent(clock.instant());
                sent++;
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.WARNING, "Mail " + mail.getId() + " not sent, will retry: " + e.getMessage());
                mail.failed(e.getMessage(), clock.instant());
            }
        }
        return sent;
    }

    private void send(OutboxMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient()));
        message.setSubject(mail.getSubject(), "UTF-8");
        message.setContent(mail.getBodyHtml(), "text/html; charset=UTF-8");
        Transport.send(message);
    }
}
