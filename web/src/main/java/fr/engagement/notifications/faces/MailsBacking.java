package fr.engagement.notifications.faces;

import fr.engagement.notifications.boundary.OutboxSender;
import fr.engagement.notifications.boundary.SentMails;
import fr.engagement.notifications.entity.OutboxMail;
import fr.engagement.platform.faces.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Admins read the mail the platform sent (or is trying to send), newest first. */
@Named
@RequestScoped
public class MailsBacking {

    @Inject
    SentMails sentMails;

    @Inject
    OutboxSender sender;

    private Long id;
    private List<OutboxMail> latest;
    private OutboxMail selected;
    private long total;

    public void load() {
        latest = sentMails.latest(0, 100);
        total = sentMails.count();
        selected = id == null ? null : sentMails.get(id);
    }

    public String sendNow() {
        int sent = sender.flush();
        return Pages.redirect("/admin/courriels.xhtml", sent + " courriel(s) envoyé(s).");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<OutboxMail> getLatest() {
        return latest;
    }

    public OutboxMail getSelected() {
        return selected;
    }

    public long getTotal() {
        return total;
    }
}
