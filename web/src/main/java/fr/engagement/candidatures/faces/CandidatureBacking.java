package fr.engagement.candidatures.faces;

import fr.engagement.audit.entity.StatusChange;
import fr.engagement.candidatures.boundary.Candidatures;
import fr.engagement.candidatures.entity.CancelReason;
import fr.engagement.candidatures.entity.Candidature;
import fr.engagement.candidatures.entity.CandidatureMessage;
import fr.engagement.candidatures.entity.CandidatureStatus;
import fr.engagement.candidatures.entity.RefusalReason;
import fr.engagement.platform.faces.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/**
 * One candidature as its candidate (/benevole/candidature.xhtml) or its structure (/structure/candidature.xhtml)
 * sees it: the conversation, the decisions allowed now (with a reason for refusal and cancellation), the history.
 */
@Named
@ViewScoped
public class CandidatureBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Candidatures candidatures;

    private Long id;
    private Candidature candidature;
    private List<CandidatureMessage> messages;
    private List<StatusChange> history;
    private List<CandidatureStatus> targets;
    private String reply;
    private RefusalReason refusalReason;
    private CancelReason cancelReason;
    private String reasonComment;

    public void load() {
        candidature = candidatures.get(id);
        messages = candidatures.messages(id);
        history = candidatures.history(id);
        targets = new ArrayList<>(candidatures.possibleTargets(candidature));
    }

    public String send() {
        candidatures.reply(id, reply);
        return back("Message envoyé.");
    }

    public String decide(CandidatureStatus target) {
        candidatures.changeStatus(id, target, null);
        return back("La candidature est désormais « " + target.label() + " ».");
    }

    public String refuse() {
        candidatures.refuse(id, refusalReason, reasonComment);
        return back("La candidature est refusée ; le candidat en est informé.");
    }

    public String cancel() {
        candidatures.cancel(id, cancelReason, reasonComment);
        return back("La candidature est annulée.");
    }

    private String back(String message) {
        String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return Pages.redirect(view + "?id=" + id, message);
    }

    /** Moves shown as plain buttons; refusal and cancellation have their own forms with a reason. */
    public List<CandidatureStatus> getSimpleTargets() {
        return targets.stream().filter(t -> t != CandidatureStatus.REFUSED && t != CandidatureStatus.CANCELLED)
                .toList();
    }

    public boolean isRefusable() {
        return targets.contains(CandidatureStatus.REFUSED);
    }

    public boolean isCancellable() {
        return targets.contains(CandidatureStatus.CANCELLED);
    }

    public List<RefusalReason> getRefusalReasons() {
        return Arrays.stream(RefusalReason.values()).filter(r -> r != RefusalReason.MISSION_TERMINATED).toList();
    }

    public List<CancelReason> getCancelReasons() {
        return Arrays.stream(CancelReason.values()).filter(CancelReason::chosenByCandidate).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Candidature getCandidature() {
        return candidature;
    }

    public List<CandidatureMessage> getMessages() {
        return messages;
    }

    public List<StatusChange> getHistory() {
        return history;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public RefusalReason getRefusalReason() {
        return refusalReason;
    }

    public void setRefusalReason(RefusalReason refusalReason) {
        this.refusalReason = refusalReason;
    }

    public CancelReason getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(CancelReason cancelReason) {
        this.cancelReason = cancelReason;
    }

    public String getReasonComment() {
        return reasonComment;
    }

    public void setReasonComment(String reasonComment) {
        this.reasonComment = reasonComment;
    }
}
