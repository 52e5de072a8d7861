/** Candidature screens: applying, the lists of the volunteer and of the structure, one candidature's page. */
package fr.engagement.candidatures.faces;
