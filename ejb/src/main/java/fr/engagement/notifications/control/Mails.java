package fr.engagement.notifications.control;

import static fr.engagement.notifications.control.Html.escape;

import fr.engagement.audit.control.StatusChanged;
import fr.engagement.candidatures.entity.Candidature;
import fr.engagement.candidatures.entity.CandidatureStatus;
import fr.engagement.missions.entity.Mission;
import fr.engagement.missions.entity.MissionStatus;
import fr.engagement.structures.entity.Structure;
import fr.engagement.structures.entity.StructureStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The emails of the journey, in French, queued in the outbox of the transaction that caused them: referents are
 * told what awaits their review, responsables of new candidatures and decisions on their structure and missions,
 * candidates of each decision on their candidature.
 */
@ApplicationScoped
public class Mails {

    @Inject
    Outbox outbox;

    @Inject
    Recipients recipients;

    void onStatusChanged(@Observes StatusChanged change) {
        switch (change.type()) {
            case STRUCTURE -> structureChanged((Structure) change.subject(), (StructureStatus) change.to(), change);
            case MISSION -> missionChanged((Mission) change.subject(), (MissionStatus) change.to(), change);
            case CANDIDATURE -> candidatureChanged((Candidature) change.subject(), (CandidatureStatus) change.to(),
                    change);
        }
    }

    void onCandidatureCreated(@Observes CandidatureCreated created) {
        Candidature c = created.candidature();
        Mission m = c.getMission();
        String subject = "Nouvelle candidature pour « " + m.getTitle() + " »";
        String body = "<p>Bonjour,</p><p>" + escape(c.getCandidate().fullName())
                + " vient de proposer son aide pour la mission <strong>" + escape(m.getTitle()) + "</strong>.</p>"
                + (c.getMessage() == null ? "" : "<blockquote>" + escape(c.getMessage()) + "</blockquote>")
                + "<p>Répondez-lui rapidement : " + anchor("/structure/candidature.xhtml?id=" + c.getId())
                + "</p>";
        recipients.responsablesOf(m.getStructure().getId()).forEach(r -> outbox.enqueue(r, subject, body));
    }

    private void structureChanged(Structure s, StructureStatus to, StatusChanged change) {
        if (to == StructureStatus.WAITING_VALIDATION) {
            String subject = "Structure à examiner : " + s.getName();
            String body = "<p>Bonjour,</p><p>La structure <strong>" + escape(s.getName()) + "</strong> ("
                    + escape(s.getCity()) + ") a complété son profil et attend votre examen.</p><p>"
                    + anchor("/referent/structure.xhtml?id=" + s.getId()) + "</p>";
            recipients.referentsOf(s.getDepartment()).forEach(r -> outbox.enqueue(r, subject, body));
        } else if (to == StructureStatus.VALIDATED || to == StructureStatus.IN_REVIEW
                || to == StructureStatus.REPORTED) {
            String subject = "Votre structure est « " + to.label() + " »";
            String body = "<p>Bonjour,</p><p>La structure <strong>" + escape(s.getName()) + "</strong> est désormais "
                    + "<strong>« " + escape(to.label()) + " »</strong>.</p>" + comment(change)
                    + "<p>" + anchor("/structure/index.xhtml") + "</p>";
            recipients.responsablesOf(s.getId()).forEach(r -> outbox.enqueue(r, subject, body));
        }
    }

    private void missionChanged(Mission m, MissionStatus to, StatusChanged change) {
        if (to == MissionStatus.WAITING_VALIDATION) {
            String subject = "Mission à examiner : " + m.getTitle();
            String body = "<p>Bonjour,</p><p>La structure <strong>" + escape(m.getStructure().getName())
                    + "</strong> a soumis la mission <strong>" + escape(m.getTitle()) + "</strong>.</p><p>"
                    + anchor("/referent/mission.xhtml?id=" + m.getId()) + "</p>";
            recipients.referentsOf(m.getDepartment()).forEach(r -> outbox.enqueue(r, subject, body));
        } else if (to == MissionStatus.VALIDATED || to == MissionStatus.REFUSED || to == MissionStatus.IN_REVIEW
                || to == MissionStatus.WAITING_CORRECTION || to == MissionStatus.REPORTED) {
            String subject = "Votre mission est « " + to.label() + " »";
            String body = "<p>Bonjour,</p><p>La mission <strong>" + escape(m.getTitle()) + "</strong> est "
                    + "désormais <strong>« " + escape(to.label()) + " »</strong>.</p>" + comment(change)
                    + "<p>" + anchor("/structure/mission.xhtml?id=" + m.getId()) + "</p>";
            recipients.responsablesOf(m.getStructure().getId()).forEach(r -> outbox.enqueue(r, subject, body));
        }
    }

    private void candidatureChanged(Candidature c, CandidatureStatus to, StatusChanged change) {
        Mission m = c.getMission();
        boolean byCandidate = c.isOf(change.actor().accountId() == null ? -1 : change.actor().accountId());
        if (byCandidate) {
            if (to == CandidatureStatus.CANCELLED || to == CandidatureStatus.ABANDONED) {
                String subject = "Candidature " + to.label().toLowerCase() + " pour « " + m.getTitle() + " »";
                String body = "<p>Bonjour,</p><p>" + escape(c.getCandidate().fullName()) + " a "
                        + (to == CandidatureStatus.CANCELLED ? "annulé" : "abandonné") + " sa candidature à la mission "
                        + "<strong>" + escape(m.getTitle()) + "</strong>.</p>" + comment(change);
                recipients.responsablesOf(m.getStructure().getId()).forEach(r -> outbox.enqueue(r, subject, body));
            }
            return;
        }
        String subject = switch (to) {
            case IN_REVIEW -> "Votre candidature est en cours de traitement";
            case VALIDATED -> "Votre candidature est validée !";
            case REFUSED -> "Votre candidature n'a pas été retenue";
            case CANCELLED -> "Votre candidature a été annulée";
            default -> null;
        };
        if (subject == null) {
            return;
        }
        String reason = to == CandidatureStatus.REFUSED && c.getRefusalReason() != null
                ? "<p>Motif : " + escape(c.getRefusalReason().label()) + "</p>"
                : to == CandidatureStatus.CANCELLED && c.getCancelReason() != null
                        ? "<p>Motif : " + escape(c.getCancelReason().label()) + "</p>" : "";
        String body = "<p>Bonjour " + escape(c.getCandidate().getFirstName()) + ",</p><p>Votre candidature à la mission "
                + "<strong>" + escape(m.getTitle()) + "</strong> (" + escape(m.getStructure().getName())
                + ") est désormais <strong>« " + escape(to.label()) + " »</strong>.</p>" + reason + comment(change)
                + "<p>" + anchor("/benevole/candidature.xhtml?id=" + c.getId()) + "</p>";
        outbox.enqueue(c.getCandidate().getEmail(), subject, body);
    }

    private String comment(StatusChanged change) {
        return change.comment() == null ? "" : "<p>Commentaire : " + escape(change.comment()) + "</p>";
    }

    private String anchor(String path) {
        String url = outbox.link(path);
        return "<a href=\"" + escape(url) + "\">" + escape(url) + "</a>";
    }
}
