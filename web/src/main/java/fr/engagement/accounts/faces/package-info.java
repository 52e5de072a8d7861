/** Registration screens of volunteers and of responsables with their structure. */
package fr.engagement.accounts.faces;
