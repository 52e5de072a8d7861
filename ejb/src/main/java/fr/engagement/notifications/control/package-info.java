/** Notifications: the outbox, who is told, and the French emails of each status change. */
package fr.engagement.notifications.control;
