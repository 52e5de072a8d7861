/** Notifications: the timer that sends the outbox, and the admins' view of mail sent. */
package fr.engagement.notifications.boundary;
