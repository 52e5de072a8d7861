/** Accounts: registration of volunteers and of responsables with their structure; the caller's account. */
package fr.engagement.accounts.boundary;
