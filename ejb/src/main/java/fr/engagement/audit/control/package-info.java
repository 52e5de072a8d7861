/** Audit: the {@code StatusChanged} event every boundary fires, and the history it leaves. */
package fr.engagement.audit.control;
