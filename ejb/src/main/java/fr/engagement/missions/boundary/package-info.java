/** Missions: writing and review workflow, and the public geographic search. */
package fr.engagement.missions.boundary;
