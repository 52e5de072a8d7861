package fr.engagement.notifications.control;

import fr.engagement.notifications.entity.OutboxMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Records an email in the caller's transaction; {@code OutboxSender} sends it after commit. */
@ApplicationScoped
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "app.base-url")
    String baseUrl;

    public void enqueue(String recipient, String subject, String bodyHtml) {
        em.persist(new OutboxMail(recipient, subject, layout(subject, bodyHtml), clock.instant()));
    }

    public String link(String path) {
        return baseUrl + path;
    }

    private String layout(String subject, String body) {
        return "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + Html.escape(subject)
                + "</title></head><body style=\"font-family:Marianne,Arial,sans-serif;color:#161616\">"
                + "<p style=\"font-weight:bold;color:#000091\">Engagement Civique</p>" + body
                + "<hr><p style=\"font-size:12px;color:#666\">Ce message vous est envoyé par la plateforme "
                + "Engagement Civique du ministère chargé de la jeunesse. Merci de ne pas y répondre directement."
                + "</p></body></html>";
    }
}
