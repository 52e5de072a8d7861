/** Admin screens of the feed imports: announcers' feeds, their last import, an import's refused missions. */
package fr.engagement.feeds.faces;
