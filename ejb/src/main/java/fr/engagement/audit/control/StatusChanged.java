package fr.engagement.audit.control;

import fr.engagement.accounts.control.Actor;
import fr.engagement.audit.entity.SubjectType;

/**
 * Fired by a boundary, in its transaction, after an object changed status. Observers record the history and
 * queue the emails, so both commit or roll back with the change.
 */
public record StatusChanged(SubjectType type, long subjectId, Object subject, Enum<?> from, Enum<?> to, Actor actor,
        String comment) {}
