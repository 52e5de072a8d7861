/** Notifications: the transactional mail outbox. */
package fr.engagement.notifications.entity;
