/** Structures: profile editing by members, the review queue and decisions of referents, history. */
package fr.engagement.structures.boundary;
