package fr.engagement.notifications.control;

import fr.engagement.candidatures.entity.Candidature;

/** Fired when a candidature is created, in the same transaction. */
public record CandidatureCreated(Candidature candidature) {}
