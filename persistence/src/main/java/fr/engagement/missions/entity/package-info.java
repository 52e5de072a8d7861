/**
 * Missions: content, taxonomy (domains and activities), where (addresses resolved from the territory tables) and
 * when (one-off or recurring), places, and the review workflow ({@link fr.engagement.missions.entity.MissionStatus}).
 */
package fr.engagement.missions.entity;
