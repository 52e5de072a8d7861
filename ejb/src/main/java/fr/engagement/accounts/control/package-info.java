/** Who is acting ({@code Actor}) and with which scopes; used by every boundary for its scope checks. */
package fr.engagement.accounts.control;
