/** Audit: the history of every status change of structures, missions and candidatures. */
package fr.engagement.audit.entity;
