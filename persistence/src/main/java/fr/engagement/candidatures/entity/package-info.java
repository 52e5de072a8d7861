/**
 * Candidatures: a person's application to a mission, its transition table per party, the places it takes, and the
 * conversation with the mission's responsables.
 */
package fr.engagement.candidatures.entity;
