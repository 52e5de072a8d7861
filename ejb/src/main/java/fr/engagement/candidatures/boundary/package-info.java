/** Candidatures: applying, the conversation, review decisions and cancellations, each scope-checked. */
package fr.engagement.candidatures.boundary;
