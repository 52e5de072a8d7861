/** The admins' list of the mail sent by the platform. */
package fr.engagement.notifications.faces;
