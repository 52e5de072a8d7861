/** Missions: cascades of a status change onto missions and candidatures below. */
package fr.engagement.missions.control;
